import { describe, expect, it } from 'vitest';
import { countryName } from './country-names.ts';

describe('the map’s country names', () => {
  it('are world-atlas’s own in English', () => {
    expect(countryName('Dem. Rep. Congo', 'en')).toBe('Dem. Rep. Congo');
  });

  it('are each edition’s own names, found through the country’s code', () => {
    expect(countryName('Russia', 'ru')).toBe('Россия');
    expect(countryName('Thailand', 'zh')).toBe('泰国');
    expect(countryName('United States of America', 'ru')).toBe('Соединенные Штаты');
  });

  it('are left out, never English, where the area has no code', () => {
    expect(countryName('Somaliland', 'zh')).toBeUndefined();
  });
});
