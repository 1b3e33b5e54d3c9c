// Specs for the word-wrap used by SVG labels.
import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.ts';
import { blockWidth, breakUnits, wrapWords } from './wrap-words.ts';

describe('wrapWords', () => {
  test('breaks a title at spaces into lines no wider than asked', () => {
    const lines = wrapWords("Aliexpress moves its Russian branch to Moscow's CBD", 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe("Aliexpress moves its Russian branch to Moscow's CBD");
  });

  test('keeps a title on one line when it fits', () => {
    expect(wrapWords('Alibaba takes control of Lazada', 400, 14)).toEqual(['Alibaba takes control of Lazada']);
  });

  test('fills a line as far as the measured widths allow: narrow letters fit more to a line than wide ones', () => {
    expect(wrapWords('ill ill ill ill ill ill', 90, 14)).toHaveLength(1);
    expect(wrapWords('MWM MWM MWM MWM MWM MWM', 90, 14)).toHaveLength(3);
  });

  test('gives a word longer than the line a line of its own instead of cutting it', () => {
    expect(wrapWords('a extraordinarily b', 40, 12)).toEqual(['a', 'extraordinarily', 'b']);
  });

  test('measures bold text as wider than regular text', () => {
    expect(blockWidth(['Lazada'], 14, true)).toBeGreaterThan(blockWidth(['Lazada'], 14));
  });
});

describe('wrapWords in Chinese', () => {
  test('breaks between Han characters, which have no spaces, and joins the lines back without any', () => {
    const title = '阿里巴巴集团以10亿美元收购东南亚电商平台Lazada的控股权';
    const lines = wrapWords(title, 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    expect(lines.some((line) => line.includes('Lazada'))).toBe(true);
  });

  test('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const text = '赵萍说，跨境电商（中小型）企业应相互合作。'.repeat(3);
    for (const width of [40, 60, 80, 100]) {
      for (const line of wrapWords(text, width, 13)) {
        expect(line).not.toMatch(/^[，。）]/u);
        expect(line).not.toMatch(/（$/u);
      }
    }
  });

  test('ends a line at a comma rather than a few characters after it, so a short phrase stays whole', () => {
    const text = '中国外贸占比——预测值，未给出年份';
    for (const width of [90, 100, 110, 120]) {
      const lines = wrapWords(text, width, 14);
      expect(lines.join('')).toBe(text);
      expect(
        lines.some((line) => line.includes('未给出年份')),
        lines.join(' / '),
      ).toBe(true);
    }
  });

  test('keeps a Latin word whole between Han characters', () => {
    expect(breakUnits('全球速卖通Aliexpress平台').map((u) => u.text)).toEqual(['全', '球', '速', '卖', '通', 'Aliexpress', '平', '台']);
  });
});
