// The screen-space curve of a route: a quadratic arc bowed to one side, trimmed clear of the marks at its ends.
import type { Box } from './labels.ts';

export type Point = [number, number];

/**
 * The arc's control point: off the chord's midpoint by `bend` × its length, always to the left of the
 * direction of travel. One rule for every route keeps two routes leaving the same place from lining up
 * into one line: China to Moscow bows south-west (over Central Asia), China to Southeast Asia east.
 */
export function controlPoint([x0, y0]: Point, [x1, y1]: Point, bend = 0.22): Point {
  // In screen coordinates (y down) the left of a heading (dx, dy) is (dy, -dx).
  return [(x0 + x1) / 2 + (y1 - y0) * bend, (y0 + y1) / 2 - (x1 - x0) * bend];
}

/** How far to walk from `point` along the unit vector `direction` to leave `box`; 0 if `point` is outside it. */
export function exitDistance([x, y]: Point, [ux, uy]: Point, box: Box): number {
  if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return 0;
  const along = (p: number, u: number, lo: number, hi: number) => (u > 0 ? (hi - p) / u : u < 0 ? (lo - p) / u : Infinity);
  return Math.min(along(x, ux, box.x0, box.x1), along(y, uy, box.y0, box.y1));
}

function unit([x, y]: Point): Point {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
}

const round = (value: number) => Math.round(value * 10) / 10;

export type ArcEnd = { point: Point; /** Keep the arc out of this box (the end's label). */ box?: Box; /** Extra room, px. */ gap: number };

/**
 * An SVG path from `from` to `to`, shortened at each end so it starts outside the start label and stops
 * short of the end label or dot (where an arrowhead sits). If trimming would eat the arc, it is not trimmed.
 */
export function routeArc(from: ArcEnd, to: ArcEnd, bend?: number): string {
  const control = controlPoint(from.point, to.point, bend);
  const trim = (end: ArcEnd): Point => {
    const [ux, uy] = unit([control[0] - end.point[0], control[1] - end.point[1]]);
    const distance = (end.box ? exitDistance(end.point, [ux, uy], end.box) : 0) + end.gap;
    return [end.point[0] + ux * distance, end.point[1] + uy * distance];
  };
  const start = trim(from);
  const end = trim(to);
  const chord = Math.hypot(to.point[0] - from.point[0], to.point[1] - from.point[1]);
  const trimmed = Math.hypot(end[0] - start[0], end[1] - start[1]);
  const [s, e] = trimmed > chord * 0.3 ? [start, end] : [from.point, to.point];
  return `M${round(s[0])},${round(s[1])}Q${round(control[0])},${round(control[1])},${round(e[0])},${round(e[1])}`;
}
