// Fits the map's reference frame (region.ts), into which the build projected the countries and the places,
// into a drawing of any size: a uniform scale and a translation, as d3's fitExtent would give.
import type { Bounds } from './frame-format.ts';

type Size = { width: number; height: number };

/** A uniform scale `k` and translation from the reference frame to the drawing: screen = k × frame + t. */
export type FrameFit = { k: number; tx: number; ty: number };

/** Room between the region and the edge of the drawing, for labels on its outer places. */
export function regionPadding({ width, height }: Size): number {
  return Math.max(12, Math.round(Math.min(width, height) * 0.06));
}

/**
 * Fits `bounds` into the drawing, inset by regionPadding and centred: the maths of d3's fitExtent.
 */
export function fitFrame([[x0, y0], [x1, y1]]: Bounds, size: Size): FrameFit {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const pad = Math.min(regionPadding(size), width / 4, height / 4);
  const k = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  return { k, tx: (width - k * (x0 + x1)) / 2, ty: (height - k * (y0 + y1)) / 2 };
}

/** A reference-frame point in the drawing, rounded to 0.1 px: finer is invisible, and it keeps markup short. */
export function toScreen({ k, tx, ty }: FrameFit, [x, y]: [number, number]): [number, number] {
  return [Math.round((tx + k * x) * 10) / 10, Math.round((ty + k * y) * 10) / 10];
}
