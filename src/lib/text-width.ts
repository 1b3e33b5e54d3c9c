// The width of a line in the house sans (Inter, the graphics' labels), for SVG text, which cannot wrap or
// measure itself before it is drawn: from Inter's advance widths, which the build reads from the cuts it
// ships for every character the edition shows (src/build/fonts/text-advances.ts), and which the page's
// edition carries (`advances`).

/** The weights the table has: regular, semibold (highlighted map labels) and bold. */
export type TextWeight = 400 | 600 | 700;

/** What the build measures: advance widths in thousandths of an em. */
export interface TextAdvances {
  /** Every character of the edition that the sans draws. */
  characters: string;
  /** Per weight, the advance of each of `characters`, in the same order. */
  widths: Record<TextWeight, number[]>;
}

/** Han and full-width CJK punctuation: one em each, in every CJK font the Chinese stack may pick. */
export const fullWidth = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/u;

/** Measures text in the edition's sans. */
export type TextWidth = (text: string, fontSize: number, weight?: TextWeight) => number;

/**
 * The width of text in px, set in Inter at `fontSize` px and `weight`: the sum of its characters' advances.
 * Kerning, which only ever narrows Inter a little, is left out, so the sum errs on the wide side. Han counts
 * one em, and any other character outside the table (one no shipped font draws) as wide as the widest in it.
 */
export function textWidthOf(advances: TextAdvances): TextWidth {
  const chars = [...advances.characters];
  const tables = Object.fromEntries(
    ([400, 600, 700] as const).map((weight) => {
      const widths = advances.widths[weight];
      return [weight, { advance: new Map(chars.map((char, i) => [char, widths[i] ?? 0])), widest: Math.max(0, ...widths) }];
    }),
  ) as Record<TextWeight, { advance: Map<string, number>; widest: number }>;
  return (text, fontSize, weight = 400) => {
    const { advance, widest } = tables[weight];
    let thousandths = 0;
    for (const char of text) thousandths += advance.get(char) ?? (fullWidth.test(char) ? 1000 : widest);
    return (thousandths / 1000) * fontSize;
  };
}
