// Test support: whether a point lies inside a shape of the map frame, from its SVG path data alone.
import { polygonContains } from 'd3-polygon';

type Point = [number, number];

/** The rings of path data written as "M x,y l dx,dy … z" (the only commands the frame uses), as absolute points. */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') rings.push([]);
    const ring = rings.at(-1)!;
    for (let i = 0; i + 1 < n.length; i += 2) {
      const last = ring.at(-1) ?? [0, 0];
      ring.push(command === 'M' ? [n[i]!, n[i + 1]!] : [last[0] + n[i]!, last[1] + n[i + 1]!]);
    }
  }
  return rings;
}

/** Inside by the even-odd rule, as the path's rings (outer rings and holes) cover it. */
export const pathContains = (d: string, point: Point): boolean =>
  pathRings(d).filter((ring) => ring.length >= 3 && polygonContains(ring, point)).length % 2 === 1;
