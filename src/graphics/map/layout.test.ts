import { describe, expect, it } from 'vitest';
import { pathRings } from '#test/support/path-contains.ts';
import { frameTransform, mapLayout, stateMarks, statusBox } from './layout.ts';
import { overlaps } from './labels.ts';
import { fitFrame, toScreen } from './fit.ts';
import { edition, frame, mapState, mapStateKeys, routeState, setting, sizes, story } from '#test/support/map-test-data.ts';

const phone = { width: 320, height: 280 };
const inside =
  ({ width, height }: { width: number; height: number }) =>
  (x: number, y: number) =>
    x >= 0 && x <= width && y >= 0 && y <= height;

describe('map layout', () => {
  it("highlights Russia's country path in the map-moscow state, and nothing but Russia", () => {
    const layout = mapLayout(frame, story.places, phone, mapState('map-moscow'), setting);
    expect(layout.countries.filter((c) => c.highlighted).map((c) => c.name)).toEqual(['Russia']);
  });

  it("highlights the union of the places' countries: China and Russia beside the Belt and Road sentence, and no region for it", () => {
    const { highlightedCountryIds } = stateMarks(story.places, setting, phone, mapState('map-not-only-russia'));
    expect(highlightedCountryIds.sort()).toEqual(['156', '643']);
  });

  it("shades only Thailand and India, Zhao Ping's examples, and not the rest of Southeast Asia, with no routes", () => {
    const layout = mapLayout(frame, story.places, phone, mapState('map-zhao-examples'), setting);
    expect(
      layout.countries
        .filter((c) => c.highlighted)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['India', 'Thailand']);
    expect(layout.routes).toEqual([]);
    expect(layout.note?.lines.join(' ')).toContain('Zhao Ping');
  });

  it.each(sizes)("puts Moscow west of Beijing's region and inside the drawing area at $width×$height", (size) => {
    const { points, labels } = stateMarks(story.places, setting, size, { highlight: ['china', 'moscow'], routes: [] });
    const moscow = points.find((p) => p.id === 'moscow');
    const china = labels.find((l) => l.id === 'china');
    expect(moscow && china).toBeTruthy();
    expect(moscow!.x).toBeLessThan(china!.x);
    expect(moscow!.y).toBeLessThan(china!.y);
    expect(inside(size)(moscow!.x, moscow!.y)).toBe(true);
  });

  it.each(sizes)("draws every country of the story's places, with its label point inside $width×$height", (size) => {
    const drawn = new Set(mapLayout(frame, story.places, size, mapState('map-china'), setting).countries.map((c) => c.id));
    for (const id of story.places.flatMap((p) => p.countryIds)) {
      // Singapore (702) is too small for world-atlas's 1:110m file: it has no shape to draw.
      if (id !== '702') expect(drawn, `country ${id}`).toContain(id);
    }
    const fit = fitFrame(edition.map.bounds, size);
    for (const [id, point] of Object.entries(edition.map.points)) expect(inside(size)(...toScreen(fit, point)), id).toBe(true);
  });

  it.each([...sizes, { width: 320, height: 560 }])(
    'keeps every label inside the drawing area and clear of the others at $width×$height',
    (size) => {
      for (const key of mapStateKeys) {
        const { labels } = stateMarks(story.places, setting, size, mapState(key));
        for (const l of labels) {
          expect(inside(size)(l.box.x0, l.box.y0) && inside(size)(l.box.x1, l.box.y1), `${key} ${l.id}`).toBe(true);
          expect(l.fontSize).toBeGreaterThanOrEqual(12);
          for (const other of labels) if (other !== l) expect(overlaps(l.box, other.box, 0), `${key}: ${l.id} / ${other.id}`).toBe(false);
        }
      }
    },
  );

  it('labels every highlighted place, and the end of each route as a context label', () => {
    const { labels } = stateMarks(story.places, setting, phone, { highlight: ['thailand'], routes: [{ from: 'china', to: 'moscow' }] });
    expect(labels.filter((l) => l.highlighted).map((l) => l.id)).toEqual(['thailand']);
    expect(labels.filter((l) => !l.highlighted).map((l) => l.id)).toEqual(['china', 'moscow']);
  });

  it('draws a route from Russia into China (Li Hui’s, in the fixture), ending at China', () => {
    const { routes, labels } = stateMarks(story.places, setting, phone, routeState);
    expect(routes.map((r) => [r.from, r.to, r.person])).toEqual([['russia', 'china', 'li-hui']]);
    const [startX, startY, , , endX, endY] = routes[0]!.d.match(/-?[\d.]+/g)!.map(Number);
    const china = labels.find((l) => l.id === 'china')!;
    // Russia's label is north-west of China's: the arrow runs south-east, and stops short of China's name.
    expect(endX!).toBeGreaterThan(startX!);
    expect(endY!).toBeGreaterThan(startY!);
    expect(endY!).toBeLessThan(china.box.y0);
  });

  it('draws no route from China to Moscow, or anywhere the report describes no movement', () => {
    for (const key of ['map-moscow', 'map-china-russia', 'map-not-only-russia', 'map-china', 'map-zhao-examples']) {
      expect(stateMarks(story.places, setting, phone, mapState(key)).routes, key).toEqual([]);
    }
  });

  it.each([...sizes, { width: 320, height: 560 }, { width: 375, height: 330 }])(
    'puts each note inside the drawing, clear of labels and dots, at $width×$height',
    (size) => {
      for (const key of mapStateKeys) {
        const layout = mapLayout(frame, story.places, size, mapState(key), setting);
        if (!layout.note) continue;
        const { box } = layout.note;
        expect(inside(size)(box.x0, box.y0) && inside(size)(box.x1, box.y1), key).toBe(true);
        for (const l of layout.labels) expect(overlaps(box, l.box), `${key}: note / ${l.id}`).toBe(false);
      }
    },
  );

  it.each(sizes)('uses the same country paths and transform for every state at $width×$height', (size) => {
    const layouts = mapStateKeys.map((key) => mapLayout(frame, story.places, size, mapState(key), setting));
    for (const l of layouts) {
      expect(l.countries.map((c) => c.d)).toEqual(layouts[0]!.countries.map((c) => c.d));
      expect(l.transform).toBe(layouts[0]!.transform);
    }
  });

  it('writes the fit as an SVG transform, scale to five decimals', () => {
    expect(frameTransform({ k: 0.2345678, tx: 120.04, ty: 139.96 })).toBe('translate(120,140) scale(0.23457)');
  });

  it('places labels, dots, routes and the note without any geometry, clear of the loading message', () => {
    const layout = mapLayout(undefined, story.places, phone, routeState, setting);
    expect(layout.countries).toEqual([]);
    expect(layout.graticule).toBe('');
    expect(layout.labels.map((l) => l.id)).toEqual(['china', 'russia']);
    expect(layout.routes).toHaveLength(1);
    expect(overlaps(layout.note!.box, statusBox(phone))).toBe(false);
    expect(mapLayout(undefined, story.places, phone, mapState('map-moscow'), setting).points.map((p) => p.id)).toEqual(['moscow']);
  });

  it('never highlights a disputed area, and draws the disputed areas in every state', () => {
    const disputed = new Set(frame.disputed.map((a) => a.id));
    for (const key of mapStateKeys) {
      const layout = mapLayout(frame, story.places, phone, mapState(key), setting);
      expect(
        layout.countries.filter((c) => c.highlighted && disputed.has(c.id)),
        key,
      ).toEqual([]);
      expect(layout.disputed, key).toEqual(frame.disputed);
    }
  });

  it('has disputed areas (Kashmir, Taiwan) inside the region every drawing shows, so its legend is always due', () => {
    const [[x0, y0], [x1, y1]] = edition.map.bounds;
    for (const id of ['B05', '158']) {
      const points = pathRings(frame.disputed.find((a) => a.id === id)!.d).flat();
      expect(
        points.every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1),
        id,
      ).toBe(true);
    }
  });

  it.each([...sizes, { width: 320, height: 560 }, { width: 375, height: 330 }])(
    'puts the legend inside the drawing, clear of labels, dots and the note, at $width×$height',
    (size) => {
      for (const key of mapStateKeys) {
        const layout = mapLayout(frame, story.places, size, mapState(key), setting);
        const box = layout.legend!.box;
        expect(layout.legend!.lines.join(' '), key).toBe(setting.legend);
        expect(inside(size)(box.x0, box.y0) && inside(size)(box.x1, box.y1), key).toBe(true);
        for (const l of layout.labels) expect(overlaps(box, l.box), `${key}: legend / ${l.id}`).toBe(false);
        for (const p of layout.points)
          expect(overlaps(box, { x0: p.x, y0: p.y, x1: p.x, y1: p.y }), `${key}: legend / ${p.id}`).toBe(false);
        if (layout.note) expect(overlaps(box, layout.note.box, 0), `${key}: legend / note`).toBe(false);
      }
    },
  );

  it('draws no legend before the geometry arrives, when no disputed area is drawn', () => {
    expect(mapLayout(undefined, story.places, phone, mapState('map-moscow'), setting).legend).toBeNull();
  });

  it('rejects a state naming an unknown place', () => {
    expect(() => stateMarks(story.places, setting, phone, { highlight: ['atlantis'], routes: [] })).toThrow(/unknown place "atlantis"/);
  });
});
