// Cuts the committed Han font (han-font.ts) per page, after checking that it has every character the
// pages show, and caches the cuts beside the house fonts' (subset.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { EditionCode } from '#src/data/editions.ts';
import { planCuts, type PageText } from './cuts.ts';
import { decodeFont, fontCodePoints } from './font-file.ts';
import { unicodeRange } from './character-set.ts';
import type { HanFace } from './font-face-css.ts';
import { checkHanCoverage, hanBlocks, hanFont, hanPages, hanPunctuation, isHan } from './han-font.ts';
import { writeAtomically } from './subset.ts';

/** A cut of the Han font as shipped. */
export interface HanCut {
  edition: EditionCode;
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
  cuts: { edition: EditionCode; file: string; codePoints: number[] }[];
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
    .update(JSON.stringify({ version: 1, han, features: hanFont.features }))
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
    for (const plan of planCuts(hanFont.file, [{ name: '', source: hanFont.source, codePoints }], han)) {
      const woff2 = await subsetHanFont(source, plan.text);
      writeAtomically(join(dir, plan.file), woff2);
      manifest.cuts.push({ edition: plan.edition, file: plan.file, codePoints: await fontCodePoints(await decodeFont(woff2)) });
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
 * falls through to the next family. The punctuation face borrows the Chinese cut.
 */
export function hanFaces(cuts: HanCut[]): { faces: HanFace[]; punctuation: HanFace | undefined } {
  const url = (cut: HanCut) => `./${cut.file}`;
  const others = (cut: HanCut) => new Set(cuts.filter((c) => c !== cut).flatMap((c) => c.codePoints));
  const blockPoints = hanBlocks.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
  const faces = cuts.map((cut) => {
    if (cut.edition !== 'zh') return { url: url(cut), range: unicodeRange(cut.codePoints) };
    const excluded = others(cut);
    return {
      url: url(cut),
      range: unicodeRange([...cut.codePoints.filter((c) => !isHan(c)), ...blockPoints.filter((c) => !excluded.has(c))]),
    };
  });
  const zh = cuts.find((cut) => cut.edition === 'zh');
  const marks = [...hanPunctuation].map((char) => char.codePointAt(0) ?? 0).filter((c) => zh?.codePoints.includes(c));
  return { faces, punctuation: zh && marks.length > 0 ? { url: url(zh), range: unicodeRange(marks) } : undefined };
}
