// Subsets the house fonts to the site's characters with harfbuzz (subset-font) and keeps the results in a
// disk cache, so dev-server starts, the prerender pass and unit-test runs reuse them (subsetting takes ~1 s).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { decodeFont, fontCodePoints, glyphAdvances } from './font-file.ts';
import { houseFonts, layoutFeatures, type HouseFont } from './house-fonts.ts';
import { instanceMetrics, type FallbackWeight, type FontMetrics } from './metrics.ts';

/** What the build reads from a house font and its subset. */
export interface FontFacts {
  /** What the subset can draw: the requested characters that the font has. */
  codePoints: number[];
  /** The font's metrics at each weight the fallbacks are made for. */
  metrics: Record<FallbackWeight, FontMetrics>;
  /** The subset's advance widths of `codePoints` at each of the font's `textWeights`, in thousandths of an em. */
  advances: Record<number, number[]>;
}

export interface Subset extends FontFacts {
  font: HouseFont;
  /** The woff2 file in the cache folder. */
  path: string;
  bytes: number;
  originalBytes: number;
}

/**
 * Cuts `source` down to the glyphs `text` needs (with those the kept layout features pull in), narrows the
 * wght axis to the weights used and pins the others, and returns woff2 with what the build reads from it.
 */
export async function subsetHouseFont(font: HouseFont, source: Uint8Array, text: string): Promise<{ woff2: Buffer } & FontFacts> {
  const woff2 = await subsetFont(source, text, {
    targetFormat: 'woff2',
    variationAxes: { ...font.pinned, wght: font.weight },
    keepFeatures: [...layoutFeatures, ...font.extraFeatures],
  });
  // Decoding the woff2 again reads exactly the file that ships.
  const sfnt = await decodeFont(woff2);
  const codePoints = await fontCodePoints(sfnt);
  const advances = await glyphAdvances(sfnt, codePoints, font.textWeights);
  const metrics = { 400: await instanceMetrics(source, 400, font.pinned), 700: await instanceMetrics(source, 700, font.pinned) };
  return { woff2, codePoints, advances, metrics };
}

/** The original font file of `font`, resolved from the project at `root`. */
export function readSource(root: string, font: HouseFont): Buffer {
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
  fonts: ({ file: string; originalBytes: number } & FontFacts)[];
}

/** Subsets every house font to `text` into `dir`, or reuses the files there if made from the same inputs. */
export async function cachedSubsets(root: string, dir: string, text: string): Promise<Subset[]> {
  const sources = houseFonts.map((font) => readSource(root, font));
  const hash = createHash('sha256').update(
    JSON.stringify({
      version: 2,
      text,
      layoutFeatures,
      fonts: houseFonts.map(({ source, file, weight, pinned, extraFeatures, textWeights }) => ({
        source,
        file,
        weight,
        pinned,
        extraFeatures,
        textWeights,
      })),
    }),
  );
  for (const source of sources) hash.update(source);
  const key = hash.digest('hex');
  const manifestPath = join(dir, 'subsets.json');
  const cached = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
  const fresh = cached?.key === key && houseFonts.every((font) => existsSync(join(dir, font.file)));
  let manifest: Manifest;
  if (fresh && cached) {
    manifest = cached;
  } else {
    mkdirSync(dir, { recursive: true });
    manifest = { key, fonts: [] };
    for (const [i, font] of houseFonts.entries()) {
      const source = sources[i] ?? Buffer.alloc(0);
      const { woff2, ...facts } = await subsetHouseFont(font, source, text);
      writeAtomically(join(dir, font.file), woff2);
      manifest.fonts.push({ file: font.file, originalBytes: source.byteLength, ...facts });
    }
    writeAtomically(manifestPath, JSON.stringify(manifest));
  }
  return houseFonts.map((font, i) => {
    const path = join(dir, font.file);
    const entry = manifest.fonts[i];
    if (!entry) throw new Error(`${manifestPath}: no entry for ${font.file}`);
    const { codePoints, metrics, advances, originalBytes } = entry;
    return { font, path, bytes: readFileSync(path).byteLength, originalBytes, codePoints, metrics, advances };
  });
}
