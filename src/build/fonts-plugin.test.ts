// Specs for the font subsetting plugin: the character set, the subsets, the @font-face rules and the stylesheets that put them in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { distinctCharacters, jsonStrings, unicodeRange } from '#src/build/fonts/character-set.ts';
import { testSite } from '#test/support/edition.ts';
import { fallbackFontFaces, fontFacesCss } from '#src/build/fonts/font-face-css.ts';
import { decodeFont, fontCodePoints } from '#src/build/fonts/font-file.ts';
import { isHan } from '#src/build/fonts/han-punctuation.ts';
import { houseFonts } from '#src/build/fonts/house-fonts.ts';
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { serifFallbacks } from '#src/build/fonts/local-fonts.ts';
import { instanceMetrics, metricOverrides } from '#src/build/fonts/metrics.ts';
import { readSource, subsetHouseFont } from '#src/build/fonts/subset.ts';

const root = resolve(import.meta.dirname, '../..');
const story = JSON.parse(readFileSync(resolve(root, 'data/story.json'), 'utf8')) as { meta: { headline: string }; steps: unknown[] };
const site = testSite();
/** The English page's characters, which its cuts are made for. */
const text = site.texts()[0]!.text;
/** Those of its story alone, which the serif sets, without the interface's and the graphics' symbols. */
const words = distinctCharacters(...jsonStrings(site.editions()[0]!.story));
const codePointsOf = (chars: string) => [...chars].map((char) => char.codePointAt(0) ?? 0);
const serif = houseFonts.find((font) => font.family === houseFontFamilies.serif)!;
const sans = houseFonts.find((font) => font.family === houseFontFamilies.sans)!;
const someMetrics = { unitsPerEm: 1000, xWidthAvg: 500, ascent: 1000, descent: -250, lineGap: 0 };

/** The variation axes of a font (harfbuzz) as { tag: [min, default, max] }. */
async function axes(woff2: Uint8Array): Promise<Record<string, number[]>> {
  const face = new hb.Face(new hb.Blob(await decodeFont(woff2)));
  return Object.fromEntries(Object.entries(face.getAxisInfos()).map(([tag, axis]) => [tag, [axis.min, axis.default, axis.max]]));
}

describe('character set', () => {
  it('has every character of the headline and of every step', () => {
    const needed = distinctCharacters(story.meta.headline, ...jsonStrings(story.steps));
    expect([...needed].filter((char) => !text.includes(char))).toEqual([]);
  });

  it('keeps the safety set (the graphic symbols, the non-breaking space) and drops line breaks', () => {
    for (const char of '’…–—≈¥€£−×\u00a0') expect(text).toContain(char);
    expect(text).not.toContain('\n');
  });

  it('leaves out characters that only the build’s own code uses, such as the arrow of its log line', () => {
    expect(text).not.toContain('→');
  });

  it('writes consecutive code points as ranges in unicode-range', () => {
    expect(unicodeRange([0x7e, 0x20, 0x21, 0xa0, 0x2019, ...codePointsOf('"#$')])).toBe('U+20-24, U+7E, U+A0, U+2019');
  });
});

describe.each(houseFonts)('subset of $family', (font) => {
  const source = readSource(root, font);
  // The graphics' labels, where code builds characters such as "≈", are set in the sans; the prose and the
  // interface may be set in either font.
  // Han is the reader's own CJK font's (han-punctuation.ts), whichever font it is set in.
  const mustDraw = [...(font === sans ? text : words)].filter((char) => !isHan(char)).join('');

  it('is woff2 at most half the size of the original, and draws every character it is set in', async () => {
    const { woff2, codePoints } = await subsetHouseFont(font, source, text);
    expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(woff2.byteLength).toBeLessThanOrEqual(source.byteLength / 2);
    // harfbuzz reads the cmap of exactly the file that ships.
    const drawn = new Set(await fontCodePoints(await decodeFont(woff2)));
    expect([...mustDraw].filter((char) => !drawn.has(char.codePointAt(0) ?? 0)).join('')).toBe('');
    expect(codePoints).toEqual([...drawn]);
  }, 30_000);

  it('keeps the wght axis, narrowed to the 400–700 the site uses', async () => {
    const { woff2 } = await subsetHouseFont(font, source, 'Ab');
    expect(await axes(woff2)).toEqual({ wght: [400, 400, 700] });
  }, 30_000);
});

describe('house font metrics', () => {
  it('are read from the font file: Inter’s line metrics, and its bold wider than its regular', async () => {
    const source = readSource(root, sans);
    const [regular, bold] = [await instanceMetrics(source, 400, sans.pinned), await instanceMetrics(source, 700, sans.pinned)];
    expect(regular).toMatchObject({ unitsPerEm: 2048, ascent: 1984, descent: -494, lineGap: 0 });
    expect(bold.xWidthAvg).toBeGreaterThan(regular.xWidthAvg);
  }, 30_000);
});

describe('fallback faces', () => {
  it('scale Georgia up 7.4 % to Source Serif 4 body text, and give it Source Serif line metrics', async () => {
    const house = await instanceMetrics(readSource(root, serif), 400);
    const o = metricOverrides(house, serifFallbacks[0]!.metrics[400]);
    expect([o.sizeAdjust, o.ascent, o.descent, o.lineGap].map((n) => Math.round(n * 1000) / 1000)).toEqual([1.074, 0.964, 0.312, 0]);
  }, 30_000);

  it('give each local stand-in its own family with a regular and a bold face', () => {
    const css = fallbackFontFaces({ font: serif, metrics: { 400: someMetrics, 700: someMetrics } }).join('\n');
    expect(css).toContain(
      "font-family: 'Source Serif 4 Fallback Times';\n  font-style: normal;\n  font-weight: 700;\n  src: local('Times New Roman Bold')",
    );
    expect(css.match(/@font-face/g)).toHaveLength(serifFallbacks.length * 2);
  });
});

describe('generated stylesheet', () => {
  it('declares the subset fonts with font-display: swap, their weight range and unicode-range', () => {
    const metrics = { 400: someMetrics, 700: someMetrics };
    const css = fontFacesCss([{ font: sans, url: './inter-subset.woff2', codePoints: codePointsOf('AB') }], [{ font: sans, metrics }]);
    expect(css).toContain(
      "font-family: 'Inter Variable';\n  font-style: normal;\n  font-weight: 400 700;\n  font-display: swap;\n  src: url(./inter-subset.woff2) format('woff2');\n  unicode-range: U+41-42;",
    );
  });
});
