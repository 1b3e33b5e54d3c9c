import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { deriveDisputedAreas, isDispute } from './derive-disputed.ts';

/** A Natural Earth record with a square outline, `size` degrees, whose south-west corner is at `x`, `y`. */
const record = (properties: Record<string, unknown>, [x, y]: [number, number], size = 1) => ({
  type: 'Feature' as const,
  properties,
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x, y + size],
        [x + size, y + size],
        [x + size, y],
        [x, y],
      ],
    ],
  },
});

describe('the border policy’s rule for Natural Earth’s disputed areas', () => {
  it('counts disputed, breakaway and indeterminate areas with a claim', () => {
    expect(isDispute('Disputed', 'Admin. by Russia; Claimed by Ukraine')).toBe(true);
    expect(isDispute('Breakaway', 'Self admin.; Claimed by Georgia')).toBe(true);
    expect(isDispute('Indeterminate', 'Claimed by Pakistan and India')).toBe(true);
  });

  it('leaves out overlays, leases, geographic units, dependencies, and indeterminate areas nobody claims', () => {
    expect(isDispute('Overlay', 'Since 1953 a 2 km buffer south of the military demarcation line')).toBe(false);
    expect(isDispute('Lease', 'Leased to Russia by Kazakhstan')).toBe(false);
    expect(isDispute('Geo unit', null)).toBe(false);
    expect(isDispute('Geo unit', 'Admin. by China; Claimed by Vietnam and Taiwan')).toBe(false);
    expect(isDispute('Dependency', 'Admin. by U.K.; Claimed by Spain')).toBe(false);
    expect(isDispute('Overlay', 'Leased to U.S.A by U.K.; Claimed by Mauritius and Seychelles')).toBe(false);
    expect(isDispute('Lease', 'Leased to U.S.A. by Cuba; Claimed by Cuba')).toBe(false);
    expect(isDispute('Indeterminate', null)).toBe(false);
  });

  it('keeps the areas near the map, with their name, note and parsed claim, and nothing else', () => {
    const source: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        record(
          { BRK_A3: 'B89', BRK_NAME: 'Crimea', TYPE: 'Disputed', NOTE_BRK: 'Admin. by Russia; Claimed by Ukraine', POP_EST: 1 },
          [33, 44.5],
        ),
        record({ BRK_A3: 'B40', BRK_NAME: 'Baykonur', TYPE: 'Lease', NOTE_BRK: 'Leased to Russia by Kazakhstan' }, [63, 45.5]),
        record(
          { BRK_A3: 'B14', BRK_NAME: 'Lawa Headwaters', TYPE: 'Disputed', NOTE_BRK: 'Admin. by France; Claimed by Suriname' },
          [-54, 2.5],
        ),
      ],
    };
    const { features } = deriveDisputedAreas(source);
    expect(features.map((f) => f.properties)).toEqual([
      {
        id: 'B89',
        name: 'Crimea',
        type: 'Disputed',
        note: 'Admin. by Russia; Claimed by Ukraine',
        administration: 'RU',
        claimants: ['UA'],
      },
    ]);
    expect(features[0]!.geometry.type).toBe('Polygon');
  });
});
