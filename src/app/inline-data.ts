// The story data the prerendered page carries inline, so the first paint needs no second request.
import { pageIds } from '#src/lib/page-ids.ts';

/** The id of the `<script type="application/json">` element holding the story data. */
export const inlineDataId = pageIds.storyData;

/** The id of the `<script type="application/json">` holding an edition's interface wording (not in English). */
export const inlineWordingId = pageIds.wording;

/** The data as a script element's text: JSON with `<` escaped, so no `</script>` can end it early. */
export function serializeInlineData(raw: unknown): string {
  return JSON.stringify(raw).replace(/</g, '\\u003c');
}

/** Reads the inline data (or the wording, by its id), or undefined when the page has none (the dev server, or a plain client render). */
export function readInlineData(doc: Document, id: string = inlineDataId): unknown {
  const text = doc.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as unknown) : undefined;
}
