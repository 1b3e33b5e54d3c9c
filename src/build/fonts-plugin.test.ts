// Specs for the font subsetting plugin: the character set, the subsets, the @font-face rules and the stylesheets that put them in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { distinctCharacters, jsonStrings, siteCharacters, unicodeRange } from '#src/build/fonts/character-set.ts';
import { metricOverrides, serifFallbacks, sourceSerifMetrics } from '#src/build/fonts/fallback-metrics.ts';
import { fallbackFontFaces, fontFacesCss } from '#src/build/fonts/font-face-css.ts';
import { houseFonts } from '#src/build/fonts/house-fonts.ts';
import { cmapCodePoints, tableOffset } from '#src/build/fonts/sfnt.ts';
import { readSource, subsetHouseFont } from '#src/build/fonts/subset.ts';

const root = resolve(import.meta.dirname, '../..');
const story = JSON.parse(readFileSync(resolve(root, 'data/story.json'), 'utf8')) as { meta: { headline: string }; steps: unknown[] };
const text = siteCharacters(root);
const codePointsOf = (chars: string) => [...chars].map((char) => char.codePointAt(0) ?? 0);

/** The fvar axes of an SFNT font as { tag: [min, default, max] }. */
function axes(sfnt: Uint8Array): Record<string, number[]> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const fvar = tableOffset(view, 'fvar') ?? 0;
  const [first, count, size] = [fvar + view.getUint16(fvar + 4), view.getUint16(fvar + 8), view.getUint16(fvar + 10)];
  const fixed = (at: number) => view.getInt32(at) / 65536;
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => first + i * size).map((at) => [
      String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(at + k))),
      [fixed(at + 4), fixed(at + 8), fixed(at + 12)],
    ]),
  );
}

describe('character set', () => {
  it('has every character of the headline and of every step', () => {
    const needed = distinctCharacters(story.meta.headline, ...jsonStrings(story.steps));
    expect([...needed].filter((char) => !text.includes(char))).toEqual([]);
  });

  it('keeps the safety set (the graphic symbols, the non-breaking space) and drops line breaks', () => {
    for (const char of '’…–—≈¥€£−×→\u00a0') expect(text).toContain(char);
    expect(text).not.toContain('\n');
  });

  it('writes consecutive code points as ranges in unicode-range', () => {
    expect(unicodeRange([0x7e, 0x20, 0x21, 0xa0, 0x2019, ...codePointsOf('"#$')])).toBe('U+20-24, U+7E, U+A0, U+2019');
  });
});

describe.each(houseFonts)('subset of $family', (font) => {
  const source = readSource(root, font);
  const sample = `${story.meta.headline}’…−€0123456789`;

  it('is woff2 at most half the size of the original, and still draws the story characters', async () => {
    const { woff2, codePoints } = await subsetHouseFont(font, source, text);
    expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(woff2.byteLength).toBeLessThanOrEqual(source.byteLength / 2);
    // Decoding the shipped woff2 (subset again to the sample) must map every sample character to a glyph.
    const decoded = cmapCodePoints(await subsetFont(woff2, sample, { targetFormat: 'sfnt' }));
    expect(codePointsOf(sample).filter((c) => !decoded.has(c))).toEqual([]);
    expect(codePoints).toEqual(expect.arrayContaining(codePointsOf(sample)));
  }, 30_000);

  it('keeps the wght axis, narrowed to the 400–700 the site uses', async () => {
    const { woff2 } = await subsetHouseFont(font, source, 'Ab');
    expect(axes(await subsetFont(woff2, 'Ab', { targetFormat: 'sfnt' }))).toEqual({ wght: [400, 400, 700] });
  }, 30_000);
});

describe('fallback faces', () => {
  it('scale Georgia up 7.8 % to Source Serif 4 body text, and give it Source Serif line metrics', () => {
    const georgia = serifFallbacks[0]!;
    const o = metricOverrides(sourceSerifMetrics, georgia, 400);
    expect([o.sizeAdjust, o.ascent, o.descent, o.lineGap].map((n) => Math.round(n * 1000) / 1000)).toEqual([1.078, 0.961, 0.311, 0]);
  });

  it('give each local stand-in its own family with a regular and a bold face', () => {
    const css = fallbackFontFaces(houseFonts[0]!).join('\n');
    expect(css).toContain(
      "font-family: 'Source Serif 4 Fallback Times';\n  font-style: normal;\n  font-weight: 700;\n  src: local('Times New Roman Bold')",
    );
    expect(css.match(/@font-face/g)).toHaveLength(serifFallbacks.length * 2);
  });
});

describe('generated stylesheet', () => {
  it('declares the subset fonts with font-display: swap, their weight range and unicode-range', () => {
    const css = fontFacesCss([{ font: houseFonts[1]!, url: './inter-subset.woff2', codePoints: codePointsOf('AB') }]);
    expect(css).toContain(
      "font-family: 'Inter Variable';\n  font-style: normal;\n  font-weight: 400 700;\n  font-display: swap;\n  src: url(./inter-subset.woff2) format('woff2');\n  unicode-range: U+41-42;",
    );
  });
});
