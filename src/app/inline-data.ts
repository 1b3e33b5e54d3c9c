// The story data the prerendered page carries inline, so the first paint needs no second request.
import { pageIds } from '#src/lib/page-ids.ts';

/** The id of the `<script type="application/json">` element holding the story data. */
export const inlineDataId = pageIds.storyData;

/** The data as a script element's text: JSON with `<` escaped, so no `</script>` can end it early. */
export function serializeInlineData(raw: unknown): string {
  return JSON.stringify(raw).replace(/</g, '\\u003c');
}

/** Reads the inline data, or undefined when the page has none (the dev server, or a plain client render). */
export function readInlineData(doc: Document): unknown {
  const text = doc.getElementById(inlineDataId)?.textContent;
  return text ? (JSON.parse(text) as unknown) : undefined;
}
