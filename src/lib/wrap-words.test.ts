// Specs for the word-wrap used by SVG labels.
import { describe, expect, test } from 'vitest';
import { blockWidth, typesetter, wrapWords } from './wrap-words.ts';
import { editions } from '#test/support/edition.ts';

const [english, , chinese] = await editions();
const latin = typesetter('en', english!.advances);
const han = typesetter('zh-CN', chinese!.advances);

describe('wrapWords', () => {
  test('breaks a title at spaces into lines no wider than asked', () => {
    const lines = wrapWords(latin, "Aliexpress moves its Russian branch to Moscow's CBD", 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(latin.width(line, 13)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe("Aliexpress moves its Russian branch to Moscow's CBD");
  });

  test('keeps a title on one line when it fits', () => {
    expect(wrapWords(latin, 'Alibaba takes control of Lazada', 400, 14)).toEqual(['Alibaba takes control of Lazada']);
  });

  test('fills a line as far as the measured widths allow: narrow letters fit more to a line than wide ones', () => {
    expect(wrapWords(latin, 'ill ill ill ill ill ill', 90, 14)).toHaveLength(1);
    expect(wrapWords(latin, 'MWM MWM MWM MWM MWM MWM', 90, 14)).toHaveLength(3);
  });

  test('gives a word longer than the line a line of its own instead of cutting it', () => {
    expect(wrapWords(latin, 'a extraordinarily b', 40, 12)).toEqual(['a', 'extraordinarily', 'b']);
  });

  test('measures bold text as wider than regular text', () => {
    expect(blockWidth(latin, ['Lazada'], 14, true)).toBeGreaterThan(blockWidth(latin, ['Lazada'], 14));
  });
});

describe('wrapWords in a language written without spaces', () => {
  test('breaks Chinese between its words, which have no spaces, and joins the lines back without any', () => {
    const title = '阿里巴巴集团以10亿美元收购东南亚电商平台Lazada的控股权';
    const lines = wrapWords(han, title, 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    expect(lines.some((line) => line.includes('Lazada'))).toBe(true);
  });

  test('keeps a word whole where a line could break between its characters: "阿里巴巴" is one name', () => {
    for (const width of [30, 40, 50, 60, 70, 80]) {
      const lines = wrapWords(han, '阿里巴巴集团收购东南亚电商平台', width, 13);
      expect(
        lines.some((line) => line.includes('阿里巴巴')),
        lines.join(' / '),
      ).toBe(true);
    }
  });

  test('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const text = '赵萍说，跨境电商（中小型）企业应相互合作。'.repeat(3);
    for (const width of [40, 60, 80, 100]) {
      for (const line of wrapWords(han, text, width, 13)) {
        expect(line).not.toMatch(/^[，。）]/u);
        expect(line).not.toMatch(/（$/u);
      }
    }
  });

  test('keeps a number with what follows it: "10亿" never splits', () => {
    for (const width of [20, 30, 40, 60]) expect(wrapWords(han, '以10亿美元收购', width, 13)).not.toContain('10');
  });

  test('ends a line at a comma rather than a word after it, so a short phrase stays whole', () => {
    const text = '中国外贸占比——预测值，未给出年份';
    for (const width of [90, 100, 110, 120]) {
      const lines = wrapWords(han, text, width, 14);
      expect(lines.join('')).toBe(text);
      expect(
        lines.some((line) => line.includes('未给出年份')),
        lines.join(' / '),
      ).toBe(true);
    }
  });

  test('breaks Thai between its words, which no space separates, as a Thai edition would need', () => {
    const thai = typesetter('th', english!.advances);
    const units = thai.units('อาลีบาบาซื้อกิจการลาซาด้า').map((u) => u.text);
    expect(units.length).toBeGreaterThan(1);
    expect(units.join('')).toBe('อาลีบาบาซื้อกิจการลาซาด้า');
  });
});
