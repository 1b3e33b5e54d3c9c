// Subsets the house fonts to the site's characters with harfbuzz (subset-font), one cut per page's script
// (cuts.ts), and keeps the results in a disk cache, so dev-server starts, the prerender pass and unit-test runs reuse them (subsetting takes ~1 s).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { planCuts, type PageText, type SourceFile } from './cuts.ts';
import { decodeFont, fontCodePoints, glyphAdvances } from './font-file.ts';
import { houseFonts, layoutFeatures, type HouseFont } from './house-fonts.ts';
import { instanceMetrics, type FallbackWeight, type FontMetrics } from './metrics.ts';

/** What the build reads from a cut of a house font. */
export interface CutFacts {
  /** What the cut can draw: the requested characters that the font has. */
  codePoints: number[];
  /** The cut's advance widths of `codePoints` at each of the font's `textWeights`, in thousandths of an em. */
  advances: Record<number, number[]>;
}

/** A cut as shipped: the page it is for, its woff2 file in the cache folder, and what it draws. */
export interface Cut extends CutFacts {
  edition: string;
  file: string;
  path: string;
  bytes: number;
}

/** A house font as shipped: its metrics, and the files cut from it for the pages (the English page's first). */
export interface Subset {
  font: HouseFont;
  /** The font's metrics at each weight the fallbacks are made for. */
  metrics: Record<FallbackWeight, FontMetrics>;
  originalBytes: number;
  cuts: Cut[];
}

/**
 * Cuts `source` down to the glyphs `text` needs (with those the kept layout features pull in), narrows the
 * wght axis to the weights used and pins the others, and returns woff2 with what the build reads from it.
 */
export async function subsetHouseFont(font: HouseFont, source: Uint8Array, text: string): Promise<{ woff2: Buffer } & CutFacts> {
  const woff2 = await subsetFont(source, text, {
    targetFormat: 'woff2',
    variationAxes: { ...font.pinned, wght: font.weight },
    keepFeatures: [...layoutFeatures, ...font.extraFeatures],
  });
  // Decoding the woff2 again reads exactly the file that ships.
  const sfnt = await decodeFont(woff2);
  const codePoints = await fontCodePoints(sfnt);
  const advances = await glyphAdvances(sfnt, codePoints, font.textWeights);
  return { woff2, codePoints, advances };
}

/** The metrics of `font` (its main file) at the fallbacks' weights. */
export async function houseFontMetrics(font: HouseFont, source: Uint8Array): Promise<Record<FallbackWeight, FontMetrics>> {
  return { 400: await instanceMetrics(source, 400, font.pinned), 700: await instanceMetrics(source, 700, font.pinned) };
}

/** The original font file of `font`, resolved from the project at `root`. */
export function readSource(root: string, font: Pick<HouseFont, 'source'>): Buffer {
  return readFileSync(createRequire(join(root, 'package.json')).resolve(font.source));
}

/** Writes through a temporary file, so a concurrent reader never sees half a file. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

interface Manifest {
  key: string;
  fonts: {
    originalBytes: number;
    metrics: Record<FallbackWeight, FontMetrics>;
    cuts: ({ edition: string; file: string } & CutFacts)[];
  }[];
}

/** A font's files: its main one and its `moreSources`, read from the project at `root`. */
function sourceFiles(root: string, font: HouseFont): { name: string; source: string; bytes: Buffer }[] {
  const files = [{ name: '', source: font.source }, ...font.moreSources];
  return files.map((file) => ({ ...file, bytes: readSource(root, { source: file.source }) }));
}

/** Cuts one house font for `pages` into `dir`. */
async function cutFont(root: string, dir: string, font: HouseFont, pages: PageText[]): Promise<Manifest['fonts'][number]> {
  const files = sourceFiles(root, font);
  const sources: (SourceFile & { bytes: Buffer })[] = [];
  for (const file of files) sources.push({ ...file, codePoints: new Set(await fontCodePoints(await decodeFont(file.bytes))) });
  const cuts: Manifest['fonts'][number]['cuts'] = [];
  for (const plan of planCuts(font.file, sources, pages)) {
    const source = sources.find((s) => s.source === plan.source)?.bytes ?? Buffer.alloc(0);
    const { woff2, ...facts } = await subsetHouseFont(font, source, plan.text);
    writeAtomically(join(dir, plan.file), woff2);
    cuts.push({ edition: plan.edition, file: plan.file, ...facts });
  }
  const main = files[0]?.bytes ?? Buffer.alloc(0);
  return { originalBytes: main.byteLength, metrics: await houseFontMetrics(font, main), cuts };
}

/**
 * Cuts every house font for `pages` (the English page's characters first, then each translated edition's)
 * into `dir`, or reuses the files there if made from the same inputs.
 */
export async function cachedSubsets(root: string, dir: string, pages: PageText[]): Promise<Subset[]> {
  const hash = createHash('sha256').update(
    JSON.stringify({
      version: 3,
      pages,
      layoutFeatures,
      fonts: houseFonts.map(({ source, moreSources, file, weight, pinned, extraFeatures, textWeights }) => ({
        source,
        moreSources,
        file,
        weight,
        pinned,
        extraFeatures,
        textWeights,
      })),
    }),
  );
  for (const font of houseFonts) for (const file of sourceFiles(root, font)) hash.update(file.bytes);
  const key = hash.digest('hex');
  const manifestPath = join(dir, 'subsets.json');
  const cached = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
  const fresh = cached?.key === key && cached.fonts.every((font) => font.cuts.every((cut) => existsSync(join(dir, cut.file))));
  let manifest: Manifest;
  if (fresh && cached) {
    manifest = cached;
  } else {
    mkdirSync(dir, { recursive: true });
    manifest = { key, fonts: [] };
    for (const font of houseFonts) manifest.fonts.push(await cutFont(root, dir, font, pages));
    writeAtomically(manifestPath, JSON.stringify(manifest));
  }
  return houseFonts.map((font, i) => {
    const entry = manifest.fonts[i];
    if (!entry) throw new Error(`${manifestPath}: no entry for ${font.file}`);
    const cuts = entry.cuts.map((cut) => {
      const path = join(dir, cut.file);
      return { ...cut, path, bytes: readFileSync(path).byteLength };
    });
    return { font, metrics: entry.metrics, originalBytes: entry.originalBytes, cuts };
  });
}
