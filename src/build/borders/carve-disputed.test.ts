import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { carveDisputed, type Geometry } from './carve-disputed.ts';

/** A rectangle from `x0`, `y0` to `x1`, `y1` in degrees, wound as world-atlas and d3-geo wind one (clockwise). */
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0, y1],
      [x1, y1],
      [x1, y0],
      [x0, y0],
    ],
  ],
});

/** In square degrees near the equator; d3-geo would give nearly the whole sphere for a ring wound the wrong way. */
const squareDegrees = (geometry: Geometry) => geoArea(geometry) * (180 / Math.PI) ** 2;
const inside = (geometry: Geometry | undefined, point: [number, number]) => !!geometry && geoContains(geometry, point);

describe('carving disputed areas out of countries', () => {
  it('takes the area out of the country and gives it what it covers of the country’s land, no more', () => {
    const { countries, disputed } = carveDisputed([{ id: 'C', geometry: box(0, 0, 10, 10) }], [{ id: 'D', geometry: box(8, 0, 12, 10) }]);
    const [country] = countries;
    expect(squareDegrees(country!.geometry)).toBeCloseTo(80, 0);
    expect(squareDegrees(disputed.get('D')!)).toBeCloseTo(20, 0);
    expect(inside(country!.geometry, [9, 5])).toBe(false);
    expect(inside(disputed.get('D'), [9, 5])).toBe(true);
    expect(inside(disputed.get('D'), [11, 5])).toBe(false);
  });

  it('gives the area a polygon of the country’s that lies mostly inside it whole, coast and all (Crimea)', () => {
    const country = {
      id: 'C',
      geometry: { type: 'MultiPolygon', coordinates: [box(0, 0, 10, 10).coordinates, box(20, 0, 22, 2).coordinates] } as Geometry,
    };
    const { countries, disputed } = carveDisputed([country], [{ id: 'D', geometry: box(20.3, 0, 23, 2) }]);
    expect(squareDegrees(countries[0]!.geometry)).toBeCloseTo(100, 0);
    expect(squareDegrees(disputed.get('D')!)).toBeCloseTo(4, 0);
    expect(inside(disputed.get('D'), [20.1, 1])).toBe(true);
  });

  it('gives the area a strip a country that can be highlighted keeps along its edge, attached to the rest', () => {
    // The area reaches to 0.05° short of the country's eastern edge between 2°N and 8°N, a strip about 5 km wide.
    const area = { id: 'D', geometry: box(5.5, 2, 9.95, 8) };
    const plain = carveDisputed([{ id: 'C', geometry: box(0, 0, 10, 10) }], [area]);
    expect(inside(plain.countries[0]!.geometry, [9.98, 5])).toBe(true);
    const highlighted = carveDisputed([{ id: 'C', geometry: box(0, 0, 10, 10) }], [area], new Set(['C']));
    expect(inside(highlighted.countries[0]!.geometry, [9.98, 5])).toBe(false);
    expect(inside(highlighted.disputed.get('D'), [9.98, 5])).toBe(true);
    expect(inside(highlighted.countries[0]!.geometry, [9.98, 9])).toBe(true);
  });

  it('gives the area a sliver the cut leaves between it and the country’s edge', () => {
    const { countries, disputed } = carveDisputed(
      [{ id: 'C', geometry: box(0, 0, 10, 10) }],
      [{ id: 'D', geometry: box(5.5, -1, 9.9, 11) }],
    );
    expect(squareDegrees(countries[0]!.geometry)).toBeCloseTo(55, 0);
    expect(inside(countries[0]!.geometry, [9.95, 5])).toBe(false);
    expect(inside(disputed.get('D'), [9.95, 5])).toBe(true);
  });

  it('leaves the country an overlap too small for the map (the two scales’ lines crossing)', () => {
    const country = { id: 'C', geometry: box(0, 0, 10, 10) };
    const { countries, disputed } = carveDisputed([country], [{ id: 'D', geometry: box(9.95, 9.95, 11, 11) }]);
    expect(countries[0]).toBe(country);
    expect(disputed.has('D')).toBe(false);
  });

  it('keeps countries that no area reaches exactly as they were', () => {
    const far = { id: 'F', geometry: box(50, 50, 51, 51) };
    expect(carveDisputed([far], [{ id: 'D', geometry: box(0, 0, 1, 1) }]).countries[0]).toBe(far);
  });

  it('reads rings that cross the antimeridian as d3-geo does, not as a band around the world', () => {
    const chukotka = { id: 'R', geometry: box(170, 60, 190, 70) };
    chukotka.geometry.coordinates[0] = chukotka.geometry.coordinates[0]!.map(([x = 0, y = 0]) => [x > 180 ? x - 360 : x, y]);
    const { countries, disputed } = carveDisputed([chukotka], [{ id: 'D', geometry: box(175, 60, 180, 70) }]);
    // Five degrees by ten at 60–70°N: about 21 square degrees, not the rest of the world.
    expect(squareDegrees(disputed.get('D')!)).toBeCloseTo(21, -1);
    expect(inside(disputed.get('D'), [177, 65])).toBe(true);
    expect(inside(countries[0]!.geometry, [177, 65])).toBe(false);
    expect(inside(countries[0]!.geometry, [185, 65])).toBe(true);
    expect(inside(countries[0]!.geometry, [0, 65])).toBe(false);
  });
});
