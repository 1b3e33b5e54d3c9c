import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseMapFrame } from '#src/graphics/map/frame-format.ts';
import { fitFrame } from '#src/graphics/map/fit.ts';
import { panelShapes } from '#src/graphics/map/region.ts';
import { edition, frame } from '#test/support/map-test-data.ts';
import { pathRings } from '#test/support/path-contains.ts';
import { clipBox, pageFrame } from './map-frame.ts';

/** The absolute points of path data, all its rings together. */
const points = (d: string) => pathRings(d).flat();

const box = clipBox(frame.bounds);
const name = (id: string) => frame.countries.find((c) => c.id === id)?.name;

describe('map frame', () => {
  it("keeps the story's countries under their ISO numeric codes", () => {
    expect(name('156')).toBe('China');
    expect(name('643')).toBe('Russia');
    expect(name('356')).toBe('India');
    expect(name('764')).toBe('Thailand');
  });

  it('leaves out Latin America, which the map never shows', () => {
    expect(name('076')).toBeUndefined();
    expect(name('484')).toBeUndefined();
    expect(frame.countries.length).toBeLessThan(150);
  });

  it.each([
    { aspect: panelShapes.narrowest, side: panelShapes.smallestSide },
    { aspect: panelShapes.narrowest, side: 900 },
    { aspect: 1, side: 300 },
    { aspect: panelShapes.widest, side: panelShapes.smallestSide },
    { aspect: panelShapes.widest, side: 500 },
  ])('covers all a $aspect:1 drawing with a $side px short side shows, with room to spare', ({ aspect, side }) => {
    const size = aspect < 1 ? { width: side, height: side / aspect } : { width: side * aspect, height: side };
    const { k, tx, ty } = fitFrame(frame.bounds, size);
    const [[x0, y0], [x1, y1]] = box;
    // The visible part of the frame, widened by 10 px of stroke and rounding.
    const margin = 10 / k;
    expect(x0).toBeLessThan(-tx / k - margin);
    expect(y0).toBeLessThan(-ty / k - margin);
    expect(x1).toBeGreaterThan((size.width - tx) / k + margin);
    expect(y1).toBeGreaterThan((size.height - ty) / k + margin);
  });

  it('writes every country and the graticule as path data in whole units, inside the clip box', () => {
    const [[x0, y0], [x1, y1]] = box;
    for (const { id, d } of [...frame.countries, { id: 'graticule', d: frame.graticule }]) {
      expect(d, id).toMatch(/^(M-?\d+,-?\d+l(?:[,-]?\d+)+z?)+$/);
      for (const [x, y] of points(d)) {
        expect(x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1, `${id} ${x},${y}`).toBe(true);
      }
    }
  });

  it("draws each country in the same frame as the places: China's outline surrounds its label point", () => {
    const china = points(frame.countries.find((c) => c.id === '156')!.d);
    const [x, y] = edition.map.points.china!;
    expect(Math.min(...china.map((p) => p[0]))).toBeLessThan(x);
    expect(Math.max(...china.map((p) => p[0]))).toBeGreaterThan(x);
    expect(Math.min(...china.map((p) => p[1]))).toBeLessThan(y);
    expect(Math.max(...china.map((p) => p[1]))).toBeGreaterThan(y);
  });

  it('is plain JSON the browser accepts, under 56 KB raw and 22 KB gzip', () => {
    const json = JSON.stringify(pageFrame(frame));
    expect(parseMapFrame(JSON.parse(json))).toEqual(pageFrame(frame));
    expect(Object.keys(JSON.parse(json))).toEqual(['countries', 'disputed', 'graticule']);
    expect(json.length).toBeLessThan(56_000);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(22_000);
  });

  it('rejects a file that is not a map frame', () => {
    expect(() => parseMapFrame({ type: 'Topology' })).toThrow(/not a map frame/);
    expect(() => parseMapFrame({ ...frame, graticule: '<script>' })).toThrow(/not a map frame/);
  });
});
