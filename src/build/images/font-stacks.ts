// The font-family lists the images name, as the page's stylesheet sets each language (src/styles/index.css):
// the house fonts first, under the names the page and the faces the build makes carry, then what stands in
// for them on a machine that opens the SVG without them.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';

export type FontStacks = { sans: string[]; serif: string[] };

const generic = new Set(['serif', 'sans-serif', 'system-ui']);

/**
 * A font-family value: names quoted, generic families not, and no space after the commas: resvg (svgtypes
 * 0.x) reads a quoted name after ", " as no family, and sets the text in its default font.
 */
export const familyList = (names: string[]) => names.map((name) => (generic.has(name) ? name : `'${name}'`)).join(',');

/** Chinese is set in the CJK font, its Latin and digits too. */
export const setInHanFonts = (lang: string) => /^zh\b/.test(lang);

/**
 * The stacks for an image in `lang`. Russian sets the serif's text in the sans, as the page does (Source
 * Serif's Cyrillic is not shipped). Chinese is all in the CJK fonts (`--han-fonts`), Latin and digits too,
 * where the page takes those from Inter: resvg sets a run of text in one font, and a run with a character
 * that font lacks came out whole in another font at another weight, so no run may mix fonts.
 * @param hanFonts the page's CJK families, most likely first
 */
export function fontStacks(lang: string, hanFonts: string[]): FontStacks {
  if (setInHanFonts(lang)) return { sans: [...hanFonts, 'sans-serif'], serif: [...hanFonts, 'sans-serif'] };
  const sans = [houseFontFamilies.sans, 'Inter', 'Arial', 'DejaVu Sans', 'sans-serif'];
  const serif = [houseFontFamilies.serif, 'Source Serif 4', 'Georgia', 'DejaVu Serif', 'serif'];
  return { sans, serif: /^ru\b/.test(lang) ? sans : serif };
}
