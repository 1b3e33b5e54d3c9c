// Specs for how much of the standfirst the site's share card shows.
import { describe, expect, test } from 'vitest';
import type { ImageFace } from './image-fonts.ts';
import { fittingLines } from './share-card.ts';
import { imageType } from './text-measure.ts';

// Every character 500 thousandths of an em: at 10 px, 20 characters fill a 100 px line.
const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,…';
const face: ImageFace = {
  family: 'Serif',
  weight: 400,
  italic: false,
  file: '',
  advances: new Map([...chars].map((c) => [c.codePointAt(0) ?? 0, 500])),
};
const type = imageType([face], { serif: ['Serif'], sans: ['Serif'] });
const style = { family: 'serif', weight: 400, lineHeight: 1.4 } as const;
const dek = 'One short sentence. Another one follows it here. And a third to end.';

describe('the standfirst on the share card', () => {
  test('is whole where it fits', () => {
    const set = fittingLines('en', type, dek, style, 100, 10, 6);
    expect(set.whole).toBe(true);
    expect(set.lines.join(' ')).toBe(dek);
  });

  test('is its first whole sentences where it does not', () => {
    const set = fittingLines('en', type, dek, style, 100, 10, 3);
    expect(set.whole).toBe(false);
    expect(set.lines.join(' ')).toBe('One short sentence. Another one follows it here.');
  });

  test('is its first sentence cut at a line’s end with an ellipsis where not even that fits, no line wider than the box', () => {
    const set = fittingLines('en', type, dek, style, 60, 10, 1);
    expect(set.lines).toEqual(['One short…']);
    for (const line of set.lines) expect(type.measure(line, 10, 400, ['Serif'])).toBeLessThanOrEqual(60);
  });
});
