// A 10 × 10 waffle grid: one square per percent, filled in reading order, and the outline of the filled part.
import { curveLinearClosed, line } from 'd3-shape';

export type Cell = { i: number; x: number; y: number; size: number; filled: boolean };

export const columns = 10;
export const cellCount = columns * columns;

/** Cells of a grid `side` px square at (x, y), the first `filled` of them filled, row by row from the top left. */
export function waffleCells(x: number, y: number, side: number, filled: number): Cell[] {
  const pitch = side / columns;
  // The gap scales with the squares but never vanishes, so squares stay countable on a phone.
  const gap = Math.max(2, pitch * 0.14);
  return Array.from({ length: cellCount }, (_, i) => ({
    i,
    x: x + (i % columns) * pitch + gap / 2,
    y: y + Math.floor(i / columns) * pitch + gap / 2,
    size: pitch - gap,
    filled: i < filled,
  }));
}

/**
 * The outline around the filled cells, along the grid lines (so it runs in the gaps between squares):
 * full rows, then the part-filled row's stair step.
 */
export function filledOutline(x: number, y: number, side: number, filled: number): string {
  if (filled <= 0) return '';
  const pitch = side / columns;
  const rows = Math.floor(filled / columns);
  const rest = filled % columns;
  const step = x + rest * pitch;
  const full = y + rows * pitch;
  const stair: [number, number][] =
    rest > 0
      ? [
          [step, full],
          [step, full + pitch],
          [x, full + pitch],
        ]
      : [[x, full]];
  const points: [number, number][] =
    rows === 0
      ? [
          [x, y],
          [step, y],
          [step, y + pitch],
          [x, y + pitch],
        ]
      : [[x, y], [x + side, y], [x + side, full], ...stair];
  return line().curve(curveLinearClosed)(points) ?? '';
}
