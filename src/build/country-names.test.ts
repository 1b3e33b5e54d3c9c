import { describe, expect, it } from 'vitest';
import { regionNames } from './country-names.ts';

describe('the map’s country names', () => {
  it('are Intl’s in English, not world-atlas’s short forms', () => {
    expect(regionNames('en').country('Bosnia and Herz.')).toBe('Bosnia and Herzegovina');
    expect(regionNames('en').country('Macedonia')).toBe('North Macedonia');
    expect(regionNames('en').country('S. Sudan')).toBe('South Sudan');
  });

  it('are each edition’s own names, found through the country’s code', () => {
    expect(regionNames('ru').country('Russia')).toBe('Россия');
    expect(regionNames('zh').country('Thailand')).toBe('泰国');
  });

  it('are the desk’s forms where it prefers another than CLDR’s (data/map/country-names.json)', () => {
    expect(regionNames('en').country('Dem. Rep. Congo')).toBe('Democratic Republic of the Congo');
    expect(regionNames('ru').country('United States of America')).toBe('США');
    expect(regionNames('ru').country('Dem. Rep. Congo')).toBe('ДР Конго');
    expect(regionNames('ru').country('Congo')).toBe('Республика Конго');
    expect(regionNames('ru').country('Palestine')).toBe('Палестина');
    expect(regionNames('zh').country('Palestine')).toBe('巴勒斯坦');
  });

  it('are undefined, never English, where the area has no code', () => {
    expect(regionNames('zh').country('Somaliland')).toBeUndefined();
  });
});
