// The page's edition, which the prerendered page carries inline (src/build/prerender-plugin.ts): its story
// (but what only the build's HTML shows), its words and its numbers, so the page needs no second request
// to come to life.
import type { Story } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { pageIds } from '#src/lib/page-ids.ts';

/** The data as a script element's text: JSON with `<` escaped, so no `</script>` can end it early. */
export function serializeInlineData(raw: unknown): string {
  return JSON.stringify(raw).replace(/</g, '\\u003c');
}

/** What the page carries of `edition`: its story without the sources section's method and gaps. */
export function pageEdition({ story, ...edition }: Edition<Story>): Edition {
  const pageStory: Partial<Story> = { ...story };
  delete pageStory.method;
  delete pageStory.gaps;
  return { ...edition, story: pageStory as Edition['story'] };
}

/** The `<script type="application/json">` element that carries `edition` as the page reads it. */
export const editionIsland = (edition: Edition<Story>) =>
  `<script type="application/json" id="${pageIds.edition}">${serializeInlineData(pageEdition(edition))}</script>`;

/** The page's edition. @throws Error for a page without one: every page the build and the dev server make has it */
export function readPageEdition(doc: Document): Edition {
  const text = doc.getElementById(pageIds.edition)?.textContent;
  if (!text) throw new Error(`The page has no #${pageIds.edition} data`);
  return JSON.parse(text) as Edition;
}
