// The width of a line in the house sans (Inter, the graphics' labels), for SVG text, which cannot wrap or
// measure itself before it is drawn: from Inter's advance widths, which the build reads from the font it
// ships, for every edition (Cyrillic by look-alikes, Han at one em).
import advances from 'virtual:text-advances';

/** The weights the table has: regular, semibold (highlighted map labels) and bold. */
export type TextWeight = 400 | 600 | 700;

/** What the build generates (src/build/fonts/text-advances.ts): advance widths in thousandths of an em. */
export interface TextAdvances {
  /** Every character the English page's Inter subset draws, which is every character that page shows. */
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
 * The Russian edition's letters, each measured as a Latin character of Inter at least about as wide (from
 * Inter's own advances: src/lib/text-width.test.ts holds each within -1 % and +25 % of the real width). A
 * table of Inter's Cyrillic would be exact, but it would ship in the script every edition loads, the
 * English page's too. In code points, not letters: the build gives the English page's font every non-ASCII
 * character written in the page's code. The letters are U+0410 to U+044F (capital A to small ya), then
 * capital and small yo and the quotation marks U+AB, U+BB and U+201E; "*" (capital zhe and yu) counts as the
 * widest character.
 */
const cyrillic = String.fromCodePoint(...Array.from({ length: 0x40 }, (_, i) => 0x410 + i), 0x401, 0x451, 0xab, 0xbb, 0x201e);
const cyrillicAs = 'ASBFmE*3NNKHMHOHPCTKmYNDWWwmRC*SaoasZemshhx5who5bJsvOx8emm4wvJmzEeZZ"';
const lookalike = new Map<string, string>();
[...cyrillic].forEach((char, i) => {
  const as = cyrillicAs[i];
  if (as && as !== '*') lookalike.set(char, as);
});

/** Han and full-width CJK punctuation: one em each, in every CJK font the Chinese stack may pick. */
const fullWidth = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/u;

/**
 * The width of `text` in px, set in Inter at `fontSize` px and `weight`: the sum of its characters' advances.
 * Kerning, which only ever narrows Inter a little, is left out, so the sum errs on the wide side. A Russian
 * letter counts as its Latin look-alike, Han as one em, and any other character outside the table as wide
 * as the widest in it.
 */
export function textWidth(text: string, fontSize: number, weight: TextWeight = 400): number {
  const { advance, widest } = tables[weight];
  let thousandths = 0;
  for (const char of text) {
    thousandths += advance.get(char) ?? advance.get(lookalike.get(char) ?? '') ?? (fullWidth.test(char) ? 1000 : widest);
  }
  return (thousandths / 1000) * fontSize;
}
