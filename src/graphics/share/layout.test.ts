// Specs for the share graphic's layout, on the story's real figure.
import { describe, expect, test } from 'vitest';
import type { PageStory, StateOf } from '#src/data/schema.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';
import { shareLayout, type ShareSetting } from './layout.ts';
import { editionOf, wordsOf } from '#test/support/edition.ts';

const edition = await editionOf('en');
const { story } = edition;
const { t, type } = wordsOf(edition);
const textWidth = type.width;
/** What the English page lays the share out with, for `story` (a changed copy's figures written as the build would). */
const settingOf = (s: PageStory): ShareSetting => ({
  t,
  type,
  figures: Object.fromEntries(s.figures.map((f) => [f.id, englishFormat().figure(f)])),
});
const state: StateOf<'share'> = { graphic: 'share', description: 'test' };
const phone = { width: 375, height: 330 };
const sizes = [{ width: 320, height: 260 }, phone, { width: 640, height: 720 }, { width: 700, height: 800 }, { width: 1000, height: 420 }];

describe('share layout', () => {
  test('fills 20 of 100 squares, as the share-foreign-trade forecast says', () => {
    const l = shareLayout(story, phone, state, settingOf(story));
    expect(l.figureId).toBe('share-foreign-trade');
    expect(l.cells).toHaveLength(100);
    expect(l.cells.filter((c) => c.filled)).toHaveLength(20);
  });

  test('takes the share from the data, not from the code', () => {
    const figures = story.figures.map((f) => (f.id === 'share-foreign-trade' ? { ...f, value: 35 } : f));
    const l = shareLayout({ ...story, figures }, phone, state, settingOf({ ...story, figures }));
    expect(l.cells.filter((c) => c.filled)).toHaveLength(35);
    expect(l.big.text).toBe('35%');
  });

  test('says 20% of China’s foreign trade, a forecast with no year given', () => {
    const l = shareLayout(story, { width: 700, height: 800 }, state, settingOf(story));
    expect(l.big.text).toBe('20%');
    expect(l.words.lines.join(' ')).toBe('of China’s foreign trade — forecast, no year given');
    expect(l.legend.map((item) => item.lines.join(' '))).toEqual(['cross-border e-commerce (forecast)', 'rest of foreign trade']);
  });

  test('puts the grid beside the words on a phone and above the legend on a tall panel', () => {
    expect(shareLayout(story, phone, state, settingOf(story)).arrangement).toBe('side');
    expect(shareLayout(story, { width: 640, height: 720 }, state, settingOf(story)).arrangement).toBe('stacked');
  });

  test.each(sizes)('fits squares and words in the area without overlap at $width×$height', (size) => {
    const l = shareLayout(story, size, state, settingOf(story));
    const grid = {
      left: Math.min(...l.cells.map((c) => c.x)),
      top: Math.min(...l.cells.map((c) => c.y)),
      right: Math.max(...l.cells.map((c) => c.x + c.size)),
      bottom: Math.max(...l.cells.map((c) => c.y + c.size)),
    };
    expect(grid.left).toBeGreaterThanOrEqual(0);
    expect(grid.top).toBeGreaterThanOrEqual(0);
    expect(grid.right).toBeLessThanOrEqual(size.width);
    expect(grid.bottom).toBeLessThanOrEqual(size.height);
    expect(l.cells[0]?.size).toBeGreaterThanOrEqual(12);

    const blocks = [
      { x: l.big.x, y: l.big.y - l.big.fontSize, indent: 0, lines: [l.big.text], size: l.big.fontSize, lh: l.big.fontSize },
      { x: l.words.x, y: l.words.y - l.words.fontSize, indent: 0, lines: l.words.lines, size: l.words.fontSize, lh: l.lineHeight },
      ...l.legend.map((item) => ({
        x: item.swatch.x,
        y: item.y - l.legendFontSize,
        indent: item.x - item.swatch.x,
        lines: item.lines,
        size: l.legendFontSize,
        lh: l.legendLineHeight,
      })),
    ];
    for (const b of blocks) {
      const right = b.x + b.indent + Math.max(...b.lines.map((line) => textWidth(line, b.size, 700)));
      const bottom = b.y + b.lines.length * b.lh;
      expect(right).toBeLessThanOrEqual(size.width + 1);
      expect(bottom).toBeLessThanOrEqual(size.height);
      const clear = right <= grid.left || b.x >= grid.right || bottom <= grid.top || b.y >= grid.bottom;
      expect(clear).toBe(true);
    }
  });
});
