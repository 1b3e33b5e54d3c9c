import { describe, expect, it } from 'vitest';
import { frameTransform, mapLayout, stateMarks } from './layout.ts';
import { overlaps } from './labels.ts';
import { fitFrame, regionBounds, toScreen } from './projection.ts';
import { frame, mapState, mapStateKeys, sizes, story } from '#test/support/map-test-data.ts';

const phone = { width: 320, height: 280 };
const inside =
  ({ width, height }: { width: number; height: number }) =>
  (x: number, y: number) =>
    x >= 0 && x <= width && y >= 0 && y <= height;

describe('map layout', () => {
  it("highlights Russia's country path in the map-moscow state, and nothing but Russia", () => {
    const layout = mapLayout(frame, story.places, phone, mapState('map-moscow'));
    expect(layout.countries.filter((c) => c.highlighted).map((c) => c.name)).toEqual(['Russia']);
  });

  it("highlights the union of the places' countries: China, Russia and the eleven Southeast Asian codes", () => {
    const { highlightedCountryIds } = stateMarks(story.places, phone, mapState('map-belt-and-road'));
    expect(highlightedCountryIds).toEqual(expect.arrayContaining(['156', '643', '764', '360', '704']));
    expect(highlightedCountryIds).toHaveLength(13);
  });

  it('draws Thailand, India and Southeast Asia, but not China, in the map-south-asia state', () => {
    const layout = mapLayout(frame, story.places, phone, mapState('map-south-asia'));
    const drawn = layout.countries.filter((c) => c.highlighted).map((c) => c.name);
    expect(drawn).toEqual(expect.arrayContaining(['Thailand', 'India', 'Indonesia', 'Vietnam']));
    expect(drawn).not.toContain('China');
  });

  it.each(sizes)("puts Moscow west of Beijing's region and inside the drawing area at $width×$height", (size) => {
    const { points, labels } = stateMarks(story.places, size, mapState('map-china-russia'));
    const moscow = points.find((p) => p.id === 'moscow');
    const china = labels.find((l) => l.id === 'china');
    expect(moscow && china).toBeTruthy();
    expect(moscow!.x).toBeLessThan(china!.x);
    expect(moscow!.y).toBeLessThan(china!.y);
    expect(inside(size)(moscow!.x, moscow!.y)).toBe(true);
  });

  it.each(sizes)("draws every country of the story's places, with its label point inside $width×$height", (size) => {
    const drawn = new Set(mapLayout(frame, story.places, size, mapState('map-china')).countries.map((c) => c.id));
    for (const id of story.places.flatMap((p) => p.countryIds)) {
      // Singapore (702) is too small for world-atlas's 1:110m file: it has no shape to draw.
      if (id !== '702') expect(drawn, `country ${id}`).toContain(id);
    }
    const fit = fitFrame(regionBounds, size);
    for (const { id, x, y } of frame.places) expect(inside(size)(...toScreen(fit, [x, y])), id).toBe(true);
  });

  it.each([...sizes, { width: 320, height: 560 }])(
    'keeps every label inside the drawing area and clear of the others at $width×$height',
    (size) => {
      for (const key of mapStateKeys) {
        const { labels } = stateMarks(story.places, size, mapState(key));
        for (const l of labels) {
          expect(l.box.x0, `${key} ${l.id}`).toBeGreaterThanOrEqual(0);
          expect(l.box.x1, `${key} ${l.id}`).toBeLessThanOrEqual(size.width);
          expect(l.box.y0, `${key} ${l.id}`).toBeGreaterThanOrEqual(0);
          expect(l.box.y1, `${key} ${l.id}`).toBeLessThanOrEqual(size.height);
          expect(l.fontSize).toBeGreaterThanOrEqual(12);
          for (const other of labels) if (other !== l) expect(overlaps(l.box, other.box, 0), `${key}: ${l.id} / ${other.id}`).toBe(false);
        }
      }
    },
  );

  it('labels every highlighted place, and the start of each route as a context label', () => {
    const { labels } = stateMarks(story.places, phone, mapState('map-south-asia'));
    expect(labels.filter((l) => l.highlighted).map((l) => l.id)).toEqual(['southeast-asia', 'thailand', 'india']);
    expect(labels.filter((l) => !l.highlighted).map((l) => l.id)).toEqual(['china']);
  });

  it('draws a route from China to Moscow that runs west', () => {
    const { routes, points } = stateMarks(story.places, phone, mapState('map-moscow'));
    expect(routes.map((r) => [r.from, r.to])).toEqual([['china', 'moscow']]);
    const numbers = routes[0]!.d.match(/-?[\d.]+/g)!.map(Number);
    const [startX, , , , endX, endY] = numbers;
    const moscow = points.find((p) => p.id === 'moscow')!;
    expect(startX).toBeGreaterThan(endX!);
    // The arrow stops just short of Moscow's dot.
    expect(Math.hypot(endX! - moscow.x, endY! - moscow.y)).toBeGreaterThan(4);
    expect(Math.hypot(endX! - moscow.x, endY! - moscow.y)).toBeLessThan(15);
  });

  it('draws no routes in the map-china state', () => {
    expect(stateMarks(story.places, phone, mapState('map-china')).routes).toEqual([]);
  });

  it.each(sizes)('uses the same country paths and transform for every state at $width×$height', (size) => {
    const layouts = mapStateKeys.map((key) => mapLayout(frame, story.places, size, mapState(key)));
    for (const l of layouts) {
      expect(l.countries.map((c) => c.d)).toEqual(layouts[0]!.countries.map((c) => c.d));
      expect(l.transform).toBe(layouts[0]!.transform);
    }
  });

  it('writes the fit as an SVG transform, scale to five decimals', () => {
    expect(frameTransform({ k: 0.2345678, tx: 120.04, ty: 139.96 })).toBe('translate(120,140) scale(0.23457)');
  });

  it('places labels, dots and routes without any geometry, as while it loads', () => {
    const layout = mapLayout(undefined, story.places, phone, mapState('map-belt-and-road'));
    expect(layout.countries).toEqual([]);
    expect(layout.graticule).toBe('');
    expect(layout.labels.map((l) => l.id)).toEqual(['china', 'russia', 'moscow', 'southeast-asia']);
    expect(layout.routes).toHaveLength(2);
    expect(layout.points.map((p) => p.id)).toEqual(['moscow']);
  });

  it('rejects a state naming an unknown place', () => {
    expect(() => stateMarks(story.places, phone, { highlight: ['atlantis'], routes: [] })).toThrow(/unknown place "atlantis"/);
  });
});
