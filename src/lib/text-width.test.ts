// Specs for text widths in the house sans, against harfbuzz shaping the Inter cuts the site ships.
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { decodeFont } from '#src/build/fonts/font-file.ts';
import { houseFontFamilies } from './house-font-families.ts';
import { textWidthOf, type TextWeight } from './text-width.ts';
import { testSite } from '#test/support/edition.ts';

const site = testSite();
const [english, russian] = await site.pages();
const { subsets } = await site.fonts();
const cuts = subsets.find((subset) => subset.font.family === houseFontFamilies.sans)?.cuts ?? [];
const textWidth = textWidthOf(english!.advances);
const russianWidth = textWidthOf(russian!.advances);

/** The width harfbuzz gives `text` in px, shaped (kerning included) with the shipped Inter cut that draws its first character. */
async function shapedWidth(text: string, fontSize: number, weight: TextWeight): Promise<number> {
  const cut = cuts.find((c) => c.codePoints.includes(text.codePointAt(0) ?? 0));
  const face = new hb.Face(new hb.Blob(await decodeFont(readFileSync(cut?.path ?? ''))));
  const font = new hb.Font(face);
  font.setVariations([new hb.Variation('wght', weight)]);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const units = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
  return (units / face.upem) * fontSize;
}

describe('the width of text in the house sans', () => {
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
  ] as const)('gives "%s" at %i px, weight %i, the width harfbuzz shapes it to, within two percent', async (text, fontSize, weight) => {
    const shaped = await shapedWidth(text, fontSize, weight);
    expect(Math.abs(textWidth(text, fontSize, weight) - shaped) / shaped).toBeLessThan(0.02);
  });

  test.each([400, 600, 700] as const)(
    'measures every Russian letter at weight %i as Inter draws it, from its own width',
    async (weight) => {
      const alphabet = 'АБВГДЕЁЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»„';
      const off = [];
      for (const char of alphabet) {
        const ratio = russianWidth(char, 100, weight) / (await shapedWidth(char, 100, weight));
        if (Math.abs(ratio - 1) > 0.005) off.push([char, ratio]);
      }
      expect(off).toEqual([]);
    },
  );

  test('counts a character outside the table as wide as the widest, so a box errs large', () => {
    expect(textWidth('\u2603', 10)).toBeGreaterThanOrEqual(textWidth('W', 10));
  });

  test('counts Han characters and full-width punctuation one em each', () => {
    expect(textWidth('阿里巴巴，', 12)).toBeCloseTo(60, 6);
  });
});
