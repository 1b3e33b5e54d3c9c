// Specs for placing timeline events and their connectors in axis terms.
import { expect, test } from 'vitest';
import { scaleBand } from 'd3-scale';
import { placeEvents, type AxisPoint } from './place-events.ts';

const months = scaleBand<string>().domain(['2016-11', '2016-12']).range([0, 60]);
const geometry = { axisS: 40, step: 17, rMax: 7.5, labelS: 90, range: [0, 200] as [number, number], gap: 6 };
const events = [
  { id: 'nov', month: '2016-11', size: 34, arrive: 8 },
  { id: 'dec-a', month: '2016-12', size: 34, arrive: 8 },
  { id: 'dec-b', month: '2016-12', size: 34, arrive: 8 },
];

test('events of the same month sit at the same point on the axis, stacked across it', () => {
  const { placed } = placeEvents(events, months, geometry);
  const [a, b] = [placed[1], placed[2]];
  expect(a?.t).toBe(b?.t);
  expect((b?.s ?? 0) - (a?.s ?? 0)).toBeGreaterThanOrEqual(2 * geometry.rMax);
});

/** Distance from point p to the segment a–b. */
function toSegment([pt, ps]: AxisPoint, [at, as]: AxisPoint, [bt, bs]: AxisPoint): number {
  const [dt, ds] = [bt - at, bs - as];
  const k = Math.max(0, Math.min(1, ((pt - at) * dt + (ps - as) * ds) / (dt * dt + ds * ds || 1)));
  return Math.hypot(pt - (at + k * dt), ps - (as + k * ds));
}

test("an inner mark's connector runs in a lane clear of the outer mark of its month", () => {
  const { placed } = placeEvents(events, months, geometry);
  const [inner, outer] = [placed[1], placed[2]];
  const path = inner?.connector ?? [];
  path.slice(1).forEach((b, i) => {
    expect(toSegment([outer?.t ?? 0, outer?.s ?? 0], path[i] ?? b, b)).toBeGreaterThan(geometry.rMax + 2);
  });
});

test('labels keep the order of their marks, so connectors do not cross', () => {
  const { placed, fits } = placeEvents(events, months, geometry);
  const starts = placed.map((p) => p.labelStart);
  expect(fits).toBe(true);
  expect([...starts].sort((x, y) => x - y)).toEqual(starts);
});

test('every connector moves steadily away from the axis, as a monotone curve needs', () => {
  for (const p of placeEvents(events, months, geometry).placed) {
    const across = p.connector.map(([, s]) => s);
    across.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(across[i] ?? 0));
  }
});
