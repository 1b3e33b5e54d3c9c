// Specs for the word-wrap used by SVG labels.
import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.ts';
import { blockWidth, wrapWords } from './wrap-words.ts';

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
