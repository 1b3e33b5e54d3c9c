import { describe, expect, it } from 'vitest';
import { regionNames } from './country-names.ts';

describe('the map’s country names', () => {
  it('are Intl’s in English, by the country’s ISO code, not world-atlas’s short forms', () => {
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country({ id: '070', name: 'Bosnia and Herz.' })).toBe('Bosnia and Herzegovina');
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country({ id: '807', name: 'Macedonia' })).toBe('North Macedonia');
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country({ id: '728', name: 'S. Sudan' })).toBe('South Sudan');
  });

  it('are each edition’s own names, found through the country’s code', () => {
    expect(regionNames({ code: 'ru', locale: 'ru' }).country({ id: '643', name: 'Russia' })).toBe('Россия');
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country({ id: '764', name: 'Thailand' })).toBe('泰国');
  });

  it('are the desk’s forms where it prefers another than CLDR’s (data/map/country-names.json)', () => {
    expect(regionNames({ code: 'en', locale: 'en-GB' }).country({ id: '180', name: 'Dem. Rep. Congo' })).toBe(
      'Democratic Republic of the Congo',
    );
    expect(regionNames({ code: 'ru', locale: 'ru' }).country({ id: '840', name: 'United States of America' })).toBe('США');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country({ id: '180', name: 'Dem. Rep. Congo' })).toBe('ДР Конго');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country({ id: '178', name: 'Congo' })).toBe('Республика Конго');
    expect(regionNames({ code: 'ru', locale: 'ru' }).country({ id: '275', name: 'Palestine' })).toBe('Палестина');
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country({ id: '275', name: 'Palestine' })).toBe('巴勒斯坦');
  });

  it('are undefined, never English, where the area has no code', () => {
    expect(regionNames({ code: 'zh', locale: 'zh-CN' }).country({ id: 'Somaliland', name: 'Somaliland' })).toBeUndefined();
  });
});
