// The border policy in the built map frame, in every edition (data/map/README.md): no claimant's shape
// covers a disputed area, each of these points is in a disputed shape, and every shape has a name.
import { describe, expect, it } from 'vitest';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { testSite } from '#test/support/edition.ts';
import { pathContains } from '#test/support/path-contains.ts';
import { mapPoints } from './map-frame.ts';
import { disputedCountries } from './borders/border-policy.ts';
import areaNames from '#data/map/disputed-names.json' with { type: 'json' };

/** Each edition's map frame as its page fetches it, named in its language. */
const frames = testSite()
  .editions()
  .map((e) => [e.entry.code, e.frame()] as const);
const project = ([longitude, latitude]: [number, number]) => mapPoints([{ id: 'at', label: [longitude, latitude] }]).points.at!;

const points = {
  Simferopol: [34.1, 44.95],
  Sevastopol: [33.5, 44.6],
  Itanagar: [93.6, 27.1],
  Taipei: [121.56, 25.04],
} satisfies Record<string, [number, number]>;

/** Which of the frame's countries and disputed areas hold a point, by id. */
function holders(frame: MapFrame, [longitude, latitude]: [number, number]) {
  const at = project([longitude, latitude]);
  const holding = (shapes: MapFrame['countries']) => shapes.filter((s) => pathContains(s.d, at)).map((s) => s.id);
  return { countries: holding(frame.countries), disputed: holding(frame.disputed) };
}

describe.each(frames)('the %s map frame’s borders', (_, frame) => {
  it.each([
    ['Simferopol', '643'],
    ['Sevastopol', '643'],
    ['Itanagar', '356'],
    ['Taipei', '156'],
  ] as const)('puts %s in a disputed area, in no country’s shape and not in %s’s', (place, claimant) => {
    const held = holders(frame, points[place]);
    expect(held.countries).not.toContain(claimant);
    expect(held.countries).toEqual([]);
    expect(held.disputed).toHaveLength(1);
  });

  it('still puts Moscow in Russia and Delhi in India', () => {
    expect(holders(frame, [37.62, 55.75]).countries).toEqual(['643']);
    expect(holders(frame, [77.2, 28.6]).countries).toEqual(['356']);
  });

  it('names every country and disputed area, without world-atlas’s abbreviations or CLDR’s " - " forms', () => {
    for (const { id, name } of [...frame.countries, ...frame.disputed]) {
      expect(name.trim(), id).not.toBe('');
      expect(name, id).not.toMatch(/\b\p{L}{1,4}\.(?=\s|$)/u);
      expect(name, id).not.toMatch(/ - |\(Burma\)|Palestinian Territories|Палестинские|巴勒斯坦领土|о-ва/);
    }
  });

  it('draws Taiwan, Kosovo and Crimea as disputed areas, never as countries', () => {
    const ids = new Set(frame.countries.map((c) => c.id));
    for (const id of ['158', 'Kosovo', 'N. Cyprus', 'Somaliland']) expect(ids.has(id), id).toBe(false);
    expect(frame.disputed.map((a) => a.id)).toEqual(expect.arrayContaining(['158', 'Kosovo', 'B89', 'B00', 'B05', 'B07']));
  });
});

describe('the disputed areas’ names (data/map/disputed-names.json)', () => {
  it('have one entry for each area the map shows that Intl cannot name, and no other', () => {
    const named = new Set(disputedCountries.flatMap((c) => (c.code ? [c.country] : [])));
    for (const [code, frame] of frames) {
      expect(Object.keys(areaNames).sort(), code).toEqual(
        frame.disputed
          .map((a) => a.id)
          .filter((id) => !named.has(id))
          .sort(),
      );
    }
  });
});

describe('the disputed areas’ tooltips', () => {
  const tooltip = (locale: string, id: string) => frames.find(([code]) => code === locale)![1].disputed.find((a) => a.id === id)?.name;

  it('say the area is disputed, who administers it and who claims it, in each edition’s language', () => {
    expect(tooltip('en', 'B89')).toBe('Crimea: disputed (administered by Russia; claimed by Ukraine)');
    expect(tooltip('ru', 'B89')).toBe('Крым: спорная территория (управляет Россия; претендует Украина)');
    expect(tooltip('zh', 'B89')).toBe('克里米亚：争议地区（实际管辖：俄罗斯；主张主权：乌克兰）');
    expect(tooltip('en', 'B45')).toBe('Siachen Glacier: disputed (claimed by Pakistan and India)');
    expect(tooltip('ru', 'B45')).toBe('Ледник Сиачен: спорная территория (претендуют Пакистан и Индия)');
    expect(tooltip('en', '158')).toBe('Taiwan: disputed (self-administered; claimed by China)');
    expect(tooltip('zh', 'N. Cyprus')).toBe('北塞浦路斯：争议地区（自行管辖；主张主权：塞浦路斯）');
  });
});
