// Where a longitude and latitude land in the drawing, without d3-geo: the projection and the fit, by hand.
// Written out (a few lines of trig) because d3-geo would add about 9 KB gzip to the first-visit bundle
// only to place six points; the build projects the countries with d3-geo (src/build/map-frame.ts).
// Relative imports only: the build loads this module through vite.config.ts, where `@/` does not exist.
import type { Bounds } from './frame-format.ts';
import { frameScale, regionCentre, regionOfInterest } from './region.ts';

type Size = { width: number; height: number };

/** A uniform scale `k` and translation from the reference frame to the drawing: screen = k × frame + t. */
export type FrameFit = { k: number; tx: number; ty: number };

const radians = Math.PI / 180;
const lambda0 = regionCentre[0] * radians;
const sinPhi0 = Math.sin(regionCentre[1] * radians);
const cosPhi0 = Math.cos(regionCentre[1] * radians);

/**
 * Lambert azimuthal equal-area centred on regionCentre, into the reference frame: the same point as
 * d3's geoAzimuthalEqualArea().rotate([-95, -35]).scale(frameScale).translate([0, 0]) gives (y down).
 * Undefined at the centre's antipode, in the Pacific off Chile, which the map never shows.
 */
export function project([longitude, latitude]: [number, number]): [number, number] {
  const lambda = longitude * radians - lambda0;
  const sinPhi = Math.sin(latitude * radians);
  const cosPhi = Math.cos(latitude * radians);
  const cosLambda = Math.cos(lambda);
  // The cosine of the arc from the centre sets the radial stretch that makes the projection equal-area.
  const k = frameScale * Math.sqrt(2 / (1 + sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosLambda));
  return [k * cosPhi * Math.sin(lambda), -k * (cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosLambda)];
}

/** The region of interest's bounds in the reference frame: what every drawing must show. */
export const regionBounds: Bounds = (() => {
  const points = regionOfInterest.map(project);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
})();

/** Room between the region and the edge of the drawing, for labels on its outer places. */
export function regionPadding({ width, height }: Size): number {
  return Math.max(12, Math.round(Math.min(width, height) * 0.06));
}

/**
 * Fits `bounds` into the drawing, inset by regionPadding and centred: the maths of d3's fitExtent,
 * so the picture matches what d3 drew at every size.
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
