import { describe, expect, it } from 'vitest';
import { countriesFromTopology } from './world-geometry';
import { countries } from './test-data';

describe('world geometry', () => {
  it('keeps the story\'s countries under their ISO numeric codes', () => {
    const byId = new Map(countries.map((c) => [c.id, c.properties.name]));
    expect(byId.get('156')).toBe('China');
    expect(byId.get('643')).toBe('Russia');
    expect(byId.get('356')).toBe('India');
    expect(byId.get('764')).toBe('Thailand');
  });

  it('leaves out Latin America, which the map never shows (Alaska, across the pole, may be in view)', () => {
    const ids = countries.map((c) => c.id);
    expect(ids).not.toContain('076');
    expect(ids).not.toContain('484');
    expect(countries.length).toBeLessThan(150);
  });

  it('rejects a file that is not world-atlas TopoJSON', () => {
    expect(() => countriesFromTopology({ type: 'FeatureCollection', features: [] })).toThrow(/not world-atlas TopoJSON/);
  });
});
