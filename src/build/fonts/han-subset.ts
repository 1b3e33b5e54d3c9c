// Cuts the committed Han font (han-font.ts) per page, after checking that it has every character the
// pages show, and caches the cuts beside the house fonts' (subset.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { EditionCode } from '#src/data/editions.ts';
import { cutFileName, planCuts, type PageText } from './cuts.ts';
import { decodeFont, fontCodePoints } from './font-file.ts';
import { unicodeRange } from './character-set.ts';
import type { HanFace } from './font-face-css.ts';
import { checkHanCoverage, hanBlocks, hanFont, hanPages, hanPunctuation, isHan } from './han-font.ts';
import { writeAtomically } from './subset.ts';

/** A cut of the Han font as shipped; the punctuation cut is the 'Han Punctuation' family's. */
export interface HanCut {
  edition: EditionCode;
  punctuation: boolean;
  file: string;
  path: string;
  bytes: number;
  codePoints: number[];
}

/** Cuts `source` (sfnt or woff2) to `text`, keeping the Han font's features, as woff2. */
export function subsetHanFont(source: Uint8Array, text: string): Promise<Buffer> {
  return subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: [...hanFont.features] });
}

interface Manifest {
  key: string;
  cuts: { edition: EditionCode; punctuation: boolean; file: string; codePoints: number[] }[];
}

/**
 * The Han font's cuts for `pages` in `dir`, made again only when the pages' Han characters or the
 * committed font change.
 * @throws HanCoverageError when the committed font lacks a character the pages show
 */
export async function cachedHanCuts(root: string, dir: string, pages: PageText[]): Promise<HanCut[]> {
  const source = readFileSync(join(root, hanFont.source));
  const han = hanPages(pages);
  const key = createHash('sha256')
    .update(JSON.stringify({ version: 2, han, features: hanFont.features }))
    .update(source)
    .digest('hex');
  const manifestPath = join(dir, 'han.json');
  const cached = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
  let manifest: Manifest;
  if (cached?.key === key && cached.cuts.every((cut) => existsSync(join(dir, cut.file)))) {
    manifest = cached;
  } else {
    const codePoints = new Set(await fontCodePoints(await decodeFont(source)));
    checkHanCoverage(codePoints, pages);
    mkdirSync(dir, { recursive: true });
    manifest = { key, cuts: [] };
    // The shared punctuation is a file of its own: the 'Han Punctuation' face names it after the reader's
    // fonts, and a second url() to the Chinese cut would inline that cut twice into the offline file.
    const marks = new Set(hanPunctuation);
    const text = han.map((page) => ({ ...page, text: [...page.text].filter((char) => !marks.has(char)).join('') }));
    const plans = planCuts(hanFont.file, [{ name: '', source: hanFont.source, codePoints }], text).map((plan) => ({
      ...plan,
      punctuation: false,
    }));
    plans.push({
      edition: 'zh',
      source: hanFont.source,
      file: cutFileName(hanFont.file, 'zh', 'punctuation'),
      text: hanPunctuation,
      punctuation: true,
    });
    for (const { edition, punctuation, file, text: chars } of plans) {
      const woff2 = await subsetHanFont(source, chars);
      writeAtomically(join(dir, file), woff2);
      manifest.cuts.push({ edition, punctuation, file, codePoints: await fontCodePoints(await decodeFont(woff2)) });
    }
    writeAtomically(manifestPath, JSON.stringify(manifest));
  }
  return manifest.cuts.map((cut) => {
    const path = join(dir, cut.file);
    return { ...cut, path, bytes: readFileSync(path).byteLength };
  });
}

/**
 * The Han cuts' faces for the stylesheet. The English page's cut ("中文") lists its characters; the
 * Chinese page's takes the rest of the Han blocks, so its unicode-range stays a few ranges long, not a
 * list of hundreds of code points in every page's inline stylesheet, and a character the cut lacks
 * falls through to the next family. The punctuation cut is the 'Han Punctuation' face's last resort.
 */
export function hanFaces(cuts: HanCut[]): { faces: HanFace[]; punctuation: HanFace | undefined } {
  const url = (cut: HanCut) => `./${cut.file}`;
  const text = cuts.filter((cut) => !cut.punctuation);
  const blockPoints = hanBlocks.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
  const faces = text.map((cut) => {
    if (cut.edition !== 'zh') return { url: url(cut), range: unicodeRange(cut.codePoints) };
    const others = new Set(text.filter((c) => c !== cut).flatMap((c) => c.codePoints));
    return {
      url: url(cut),
      range: unicodeRange([...cut.codePoints.filter((c) => !isHan(c)), ...blockPoints.filter((c) => !others.has(c))]),
    };
  });
  const marks = cuts.find((cut) => cut.punctuation);
  return { faces, punctuation: marks && { url: url(marks), range: unicodeRange(marks.codePoints) } };
}
