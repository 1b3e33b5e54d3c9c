// Specs for one-dimensional label placement.
import { expect, test } from 'vitest';
import { dodge } from './dodge.ts';

test('dodge leaves blocks where they want to be when there is room', () => {
  expect(
    dodge(
      [
        { ideal: 10, size: 20 },
        { ideal: 50, size: 20 },
      ],
      5,
      0,
      100,
    ),
  ).toEqual({ starts: [10, 50], fits: true });
});

test('dodge pushes an overlapping block down past the one before it, keeping the gap', () => {
  expect(
    dodge(
      [
        { ideal: 10, size: 20 },
        { ideal: 15, size: 20 },
      ],
      5,
      0,
      100,
    ).starts,
  ).toEqual([10, 35]);
});

test('dodge pulls blocks that overrun the end back inside the range', () => {
  const { starts, fits } = dodge(
    [
      { ideal: 60, size: 20 },
      { ideal: 80, size: 20 },
    ],
    5,
    0,
    100,
  );
  expect(starts).toEqual([55, 80]);
  expect(fits).toBe(true);
});

test('dodge says so when the blocks are longer than the range', () => {
  expect(
    dodge(
      [
        { ideal: 0, size: 60 },
        { ideal: 0, size: 60 },
      ],
      5,
      0,
      100,
    ).fits,
  ).toBe(false);
});
