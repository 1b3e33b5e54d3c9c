// Test support: an SVG's accessible name and description in static markup, and the ids they are found by.
import { elements } from './markup.ts';

/** The ids the first SVG's aria-labelledby and aria-describedby point at. */
export function svgNameIds(html: string): { titleId: string; descId: string } {
  const titleId = /aria-labelledby="([^"]+)"/.exec(html)?.[1] ?? '';
  const descId = /aria-describedby="([^"]+)"/.exec(html)?.[1] ?? '';
  return { titleId, descId };
}

/** What a screen reader announces for the first SVG: the texts of the elements its aria attributes point at. */
export function svgName(html: string): { name: string | undefined; description: string | undefined } {
  const { titleId, descId } = svgNameIds(html);
  const textWithId = (id: string) =>
    id ? [...elements(html, 'title'), ...elements(html, 'desc')].find((el) => el.attrs.id === id)?.text : undefined;
  return { name: textWithId(titleId), description: textWithId(descId) };
}
