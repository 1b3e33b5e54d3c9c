import { describe, expect, it } from 'vitest';
import { regionNames } from './country-names.ts';

describe('the map’s country names', () => {
  it('are Intl’s in English, not world-atlas’s short forms', () => {
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country('Bosnia and Herz.')).toBe('Bosnia and Herzegovina');
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country('Macedonia')).toBe('North Macedonia');
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country('S. Sudan')).toBe('South Sudan');
  });

  it('are each edition’s own names, found through the country’s code', () => {
    expect(regionNames({ code: 'ru', locale: 'ru' }).country('Russia')).toBe('Россия');
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country('Thailand')).toBe('泰国');
  });

  it('are the desk’s forms where it prefers another than CLDR’s (data/map/country-names.json)', () => {
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country('Dem. Rep. Congo')).toBe('Democratic Republic of the Congo');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country('United States of America')).toBe('США');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country('Dem. Rep. Congo')).toBe('ДР Конго');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country('Congo')).toBe('Республика Конго');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country('Palestine')).toBe('Палестина');
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country('Palestine')).toBe('巴勒斯坦');
  });

  it('are undefined, never English, where the area has no code', () => {
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country('Somaliland')).toBeUndefined();
  });
});
