// The house fonts cut for the pages' characters: the stylesheet that declares the cuts, the cuts themselves
// (whose widths the editions' graphics measure with), and a line for the build's log.
import type { PageText } from './cuts.ts';
import { fontFacesCss } from './font-face-css.ts';
import { hanPunctuationFace, isHan } from './han-punctuation.ts';
import { cachedSubsets, type Subset } from './subset.ts';

export type FontOutputs = { css: string; subsets: Subset[]; summary: string };

/** A one-line account of the cuts, naming per page any character no shipped font draws (Han: the reader's own). */
function summary(subsets: Subset[], pages: PageText[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const cutSizes = (cuts: { edition: string; bytes: number }[]) => cuts.map((cut) => `${cut.edition} ${kb(cut.bytes)}`).join(' + ');
  const sizes = subsets.map((s) => `${s.font.family} ${kb(s.originalBytes)} → ${cutSizes(s.cuts)}`);
  const drawn = new Set(subsets.flatMap((s) => s.cuts.flatMap((cut) => cut.codePoints)));
  // Chinese is the reader's own CJK font's by design: counted, not listed; any other character is named.
  const missing = pages
    .map(({ edition, text }) => {
      const left = [...text].filter((char) => !drawn.has(char.codePointAt(0) ?? 0));
      const han = left.filter(isHan).length;
      const other = left.filter((char) => !isHan(char)).join('');
      return [edition, [han > 0 ? `${han} Chinese` : '', other].filter(Boolean).join(' and ')];
    })
    .filter(([, chars]) => chars)
    .map(([edition, chars]) => `${edition} ${chars}`);
  return `fonts: ${sizes.join(', ')}${missing.length > 0 ? `; left to the reader's fonts: ${missing.join(', ')}` : ''}`;
}

/** The cuts of every font for `pages` (English first), made or reused in `dir`, with their stylesheet. */
export async function fontOutputs(root: string, dir: string, pages: PageText[]): Promise<FontOutputs> {
  const subsets = await cachedSubsets(root, dir, pages);
  const faces = subsets.flatMap(({ font, cuts }) => cuts.map(({ file, codePoints }) => ({ font, url: `./${file}`, codePoints })));
  const css = fontFacesCss(faces, subsets, [hanPunctuationFace()]);
  return { css, subsets, summary: summary(subsets, pages) };
}
