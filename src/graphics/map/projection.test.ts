import { geoAzimuthalEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitFrame, project, regionBounds, regionPadding, toScreen } from './projection.ts';
import { frameScale, regionCentre, regionOfInterest } from './region.ts';
import { frame, sizes, story } from '#test/support/map-test-data.ts';

// d3-geo is the reference: the browser's hand-written projection must land where it does.
const d3Projection = () => geoAzimuthalEqualArea().rotate([-regionCentre[0], -regionCentre[1]]);

describe('hand-written projection', () => {
  it.each(story.places.map((p) => [p.id, p.label] as const))('puts %s where d3-geo does, to 0.5 units', (_, label) => {
    const [x, y] = project(label);
    const [dx = NaN, dy = NaN] = d3Projection().scale(frameScale).translate([0, 0])(label) ?? [];
    expect(Math.abs(x - dx)).toBeLessThan(0.5);
    expect(Math.abs(y - dy)).toBeLessThan(0.5);
  });

  it('agrees with the places the build wrote into the map frame', () => {
    for (const place of story.places) {
      const [x, y] = project(place.label);
      const built = frame.places.find((p) => p.id === place.id)!;
      expect(Math.hypot(x - built.x, y - built.y), place.id).toBeLessThan(0.5);
    }
  });

  it('puts the centre at the origin, north up and east right', () => {
    expect(Math.hypot(...project(regionCentre))).toBeLessThan(1e-9);
    expect(project([95, 60])[1]).toBeLessThan(0);
    expect(project([120, 35])[0]).toBeGreaterThan(0);
  });

  it('gives the region of interest about 1000 units across, the bounds the build wrote', () => {
    const [[x0, y0], [x1, y1]] = regionBounds;
    expect(Math.round(x1 - x0)).toBe(998);
    expect(Math.round(y1 - y0)).toBe(1351);
    frame.bounds.flat().forEach((value, i) => expect(Math.abs(value - [x0, y0, x1, y1][i]!)).toBeLessThanOrEqual(0.05));
  });
});

describe('fitFrame', () => {
  it('scales a box to the drawing less the padding, and centres it', () => {
    // 400×300 less 18 px each side is 364×264: the box's height decides.
    expect(regionPadding({ width: 400, height: 300 })).toBe(18);
    const fit = fitFrame(
      [
        [0, 0],
        [100, 200],
      ],
      { width: 400, height: 300 },
    );
    expect(fit.k).toBeCloseTo(1.32);
    expect(toScreen(fit, [0, 0])).toEqual([134, 18]);
    expect(toScreen(fit, [100, 200])).toEqual([266, 282]);
  });

  it('never pads away more than half the drawing', () => {
    const fit = fitFrame(
      [
        [0, 0],
        [10, 10],
      ],
      { width: 40, height: 40 },
    );
    expect(toScreen(fit, [0, 0])).toEqual([10, 10]);
  });

  it.each([...sizes, { width: 320, height: 560 }, { width: 1000, height: 400 }])(
    "places every point where d3-geo's fitExtent puts it, to 0.5 px, at $width×$height",
    (size) => {
      const pad = regionPadding(size);
      const reference = d3Projection().fitExtent(
        [
          [pad, pad],
          [size.width - pad, size.height - pad],
        ],
        { type: 'MultiPoint', coordinates: regionOfInterest },
      );
      const fit = fitFrame(regionBounds, size);
      for (const place of [...story.places.map((p) => p.label), ...regionOfInterest]) {
        const [x, y] = toScreen(fit, project(place));
        const [dx = NaN, dy = NaN] = reference(place) ?? [];
        expect(Math.hypot(x - dx, y - dy), String(place)).toBeLessThan(0.5);
      }
    },
  );
});
