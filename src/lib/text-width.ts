// The width of a line in the house sans (Inter, the graphics' labels), for SVG text, which cannot wrap or
// measure itself before it is drawn: from Inter's advance widths, which the build reads from the font it ships.
import advances from 'virtual:text-advances';

/** The weights the table has: regular, semibold (highlighted map labels) and bold. */
export type TextWeight = 400 | 600 | 700;

/** What the build generates (src/build/fonts/text-advances.ts): advance widths in thousandths of an em. */
export interface TextAdvances {
  /** Every character the Inter subset draws, which is every character the site shows. */
  characters: string;
  /** Per weight, the advance of each of `characters`, in the same order. */
  widths: Record<TextWeight, number[]>;
}

function table(weight: TextWeight): { advance: Map<string, number>; widest: number } {
  const widths = advances.widths[weight];
  return { advance: new Map([...advances.characters].map((char, i) => [char, widths[i] ?? 0])), widest: Math.max(0, ...widths) };
}

const tables = { 400: table(400), 600: table(600), 700: table(700) };

/**
 * The width of `text` in px, set in Inter at `fontSize` px and `weight`: the sum of its characters' advances.
 * Kerning, which only ever narrows Inter a little, is left out, so the sum errs on the wide side, as does a
 * character outside the table (none the site shows), which counts as wide as the widest in it.
 */
export function textWidth(text: string, fontSize: number, weight: TextWeight = 400): number {
  const { advance, widest } = tables[weight];
  let thousandths = 0;
  for (const char of text) thousandths += advance.get(char) ?? widest;
  return (thousandths / 1000) * fontSize;
}
