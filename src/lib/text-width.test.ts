// Specs for text widths in the house sans, against harfbuzz shaping the Inter subset the site ships.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { decodeFont } from '#src/build/fonts/font-file.ts';
import { cachedSubsets } from '#src/build/fonts/subset.ts';
import { fontCacheDir, pageTexts } from '#src/build/fonts-plugin.ts';
import { houseFontFamilies } from './house-font-families.ts';
import { textWidth, type TextWeight } from './text-width.ts';

const root = resolve(import.meta.dirname, '../..');

/** The width harfbuzz gives `text` in px, shaped (kerning included) with the shipped Inter subset. */
async function shapedWidth(text: string, fontSize: number, weight: TextWeight, path?: string): Promise<number> {
  const subsets = await cachedSubsets(root, fontCacheDir(root), pageTexts(root));
  const inter = subsets.find((subset) => subset.font.family === houseFontFamilies.sans)?.cuts.find((cut) => cut.edition === 'en');
  const face = new hb.Face(new hb.Blob(await decodeFont(readFileSync(path ?? inter?.path ?? ''))));
  const font = new hb.Font(face);
  font.setVariations([new hb.Variation('wght', weight)]);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const units = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
  return (units / face.upem) * fontSize;
}

/** The width harfbuzz gives `text` in px with the Russian page's Inter cut, or the English one for letters that page has. */
async function russianWidth(text: string, fontSize: number, weight: TextWeight): Promise<number> {
  const subsets = await cachedSubsets(root, fontCacheDir(root), pageTexts(root));
  const cuts = subsets.find((subset) => subset.font.family === houseFontFamilies.sans)?.cuts ?? [];
  const cut = cuts.find((c) => c.codePoints.includes(text.codePointAt(0) ?? 0));
  return shapedWidth(text, fontSize, weight, cut?.path);
}

describe('textWidth', () => {
  test('measures a wide letter as wider than a narrow one', () => {
    expect(textWidth('W', 14)).toBeGreaterThan(3 * textWidth('i', 14));
  });

  test('grows in proportion to the font size', () => {
    expect(textWidth('Lazada', 28)).toBeCloseTo(2 * textWidth('Lazada', 14), 6);
  });

  test('measures semibold between regular and bold', () => {
    const [regular, semibold, bold] = ([400, 600, 700] as const).map((weight) => textWidth('Southeast Asia', 13, weight));
    expect(semibold).toBeGreaterThan(regular ?? Infinity);
    expect(bold).toBeGreaterThan(semibold ?? Infinity);
  });

  test.each([
    ['Southeast Asia', 12, 400],
    ['Alibaba takes control of Lazada', 13, 600],
    ['≈$770bn of China’s foreign trade', 14, 700],
  ] as const)(
    'gives "%s" at %i px, weight %i, the width harfbuzz shapes it to, within two percent',
    async (text, fontSize, weight) => {
      const shaped = await shapedWidth(text, fontSize, weight);
      expect(Math.abs(textWidth(text, fontSize, weight) - shaped) / shaped).toBeLessThan(0.02);
    },
    30_000,
  );

  test('counts a character outside the table as wide as the widest, so a box errs large', () => {
    expect(textWidth('\u2603', 10)).toBeGreaterThanOrEqual(textWidth('W', 10));
  });

  test('counts Han characters and full-width punctuation one em each', () => {
    expect(textWidth('阿里巴巴，', 12)).toBeCloseTo(60, 6);
  });

  test.each([400, 600, 700] as const)(
    'gives each Russian letter, at weight %i, between 1 % less and 25 % more than Inter’s own width',
    async (weight) => {
      const alphabet = 'АБВГДЕЁЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»„';
      const ratios = await Promise.all(
        [...alphabet].map(async (char) => [char, textWidth(char, 100, weight) / (await russianWidth(char, 100, weight))] as const),
      );
      expect(ratios.filter(([, ratio]) => ratio < 0.99 || ratio > 1.25)).toEqual([]);
    },
    30_000,
  );
});
