// The page's edition, which the prerendered page carries inline (src/build/prerender-plugin.ts): its whole
// story, its words and its numbers, so the page needs no second request to come to life.
import type { Edition } from '#src/edition/edition.ts';
import { pageIds } from '#src/lib/page-ids.ts';

/** The data as a script element's text: JSON with `<` escaped, so no `</script>` can end it early. */
export function serializeInlineData(raw: unknown): string {
  return JSON.stringify(raw).replace(/</g, '\\u003c');
}

/** The `<script type="application/json">` element that carries `edition`. */
export const editionIsland = (edition: Edition) =>
  `<script type="application/json" id="${pageIds.edition}">${serializeInlineData(edition)}</script>`;

/** The page's edition. @throws Error for a page without one: every page the build and the dev server make has it */
export function readPageEdition(doc: Document): Edition {
  const text = doc.getElementById(pageIds.edition)?.textContent;
  if (!text) throw new Error(`The page has no #${pageIds.edition} data`);
  return JSON.parse(text) as Edition;
}
