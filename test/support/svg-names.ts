// Test support: an SVG's accessible name and description in static markup.
import { elements } from './markup.ts';

/** What a screen reader announces for the first SVG: the texts of the elements its aria attributes point at. */
export function svgName(html: string): { name: string | undefined; description: string | undefined } {
  const textOf = (attribute: string) => {
    const id = new RegExp(`${attribute}="([^"]+)"`).exec(html)?.[1];
    return id ? [...elements(html, 'title'), ...elements(html, 'desc')].find((el) => el.attrs.id === id)?.text : undefined;
  };
  return { name: textOf('aria-labelledby'), description: textOf('aria-describedby') };
}
