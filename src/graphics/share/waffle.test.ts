// Specs for the waffle grid and the outline of its filled part.
import { expect, test } from 'vitest';
import { filledOutline, waffleCells } from './waffle.ts';

test('a waffle has 100 equal squares, the first ones filled, row by row from the top left', () => {
  const cells = waffleCells(0, 0, 200, 23);
  expect(cells).toHaveLength(100);
  expect(cells.filter((c) => c.filled).map((c) => c.i)).toEqual(Array.from({ length: 23 }, (_, i) => i));
  expect(new Set(cells.map((c) => c.size)).size).toBe(1);
  expect(cells[10]?.y).toBeGreaterThan(cells[9]?.y ?? Infinity);
});

test('squares stay inside the grid and apart from each other', () => {
  const cells = waffleCells(10, 20, 180, 20);
  for (const c of cells) {
    expect(c.x).toBeGreaterThanOrEqual(10);
    expect(c.y + c.size).toBeLessThanOrEqual(200);
  }
  expect((cells[1]?.x ?? 0) - ((cells[0]?.x ?? 0) + (cells[0]?.size ?? 0))).toBeGreaterThanOrEqual(2);
});

test('the outline of 20 filled squares is the rectangle of the first two rows', () => {
  expect(filledOutline(0, 0, 100, 20)).toBe('M0,0L100,0L100,20L0,20Z');
});

test('the outline steps down around a part-filled row', () => {
  expect(filledOutline(0, 0, 100, 23)).toBe('M0,0L100,0L100,20L30,20L30,30L0,30Z');
  expect(filledOutline(0, 0, 100, 4)).toBe('M0,0L40,0L40,10L0,10Z');
  expect(filledOutline(0, 0, 100, 0)).toBe('');
});
