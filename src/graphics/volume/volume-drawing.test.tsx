// Render specs for the volume graphic, its table and the currency switch, as static markup.
import { describe, expect, test } from 'vitest';
import { VolumeDrawing } from './volume-drawing.tsx';
import { VolumeTable } from './volume-table.tsx';
import { CurrencySwitch } from './currency-switch.tsx';
import { editionOf, renderIn } from '#test/support/edition.ts';
import { elements } from '#test/support/markup.ts';

const edition = await editionOf('en');

const { story } = edition;
const state = story.graphicStates['volume-2016'];
if (state?.graphic !== 'volume') throw new Error('story.json has no volume-2016 state');
const render = (currency: 'CNY' | 'USD') =>
  renderIn(edition, <VolumeDrawing story={story} state={state} width={375} height={330} currency={currency} />);

describe('volume graphic', () => {
  test('draws one bar per year, each carrying its kind, the 2016 bar highlighted', () => {
    const bars = [...render('CNY').matchAll(/<rect data-year="(\d+)" data-kind="(\w+)" data-highlighted="(\w+)"/g)].map((m) => m.slice(1));
    expect(bars).toEqual([
      ['2014', 'derived', 'false'],
      ['2015', 'reported', 'false'],
      ['2016', 'forecast', 'true'],
    ]);
  });

  test('fills the derived bar with the hatch pattern defined in the same SVG', () => {
    const html = render('CNY');
    const [, patternId] = /<pattern id="([^"]+)"/.exec(html) ?? [];
    expect(html).toMatch(new RegExp(`data-kind="derived"[^>]*fill="url\\(#${patternId}\\)"`));
  });

  test('in dollars has no 2014 bar, only the note', () => {
    const html = render('USD');
    expect(html).not.toContain('data-year="2014"');
    expect(html).toContain('no dollar figure');
    expect(html).toContain('≈US$935bn');
  });
});

test('volume table gives every year in both currencies, with kinds and growth', () => {
  const html = renderIn(edition, <VolumeTable story={story} />);
  expect(html).toContain('<caption');
  for (const text of [
    'about 4.2 trillion yuan',
    'no dollar figure in the report',
    '5.4 trillion yuan',
    'about 770 billion US dollars',
    '6.5 trillion yuan',
    'about 935 billion US dollars',
    '28.6 percent (reported)',
    'about 20 percent (derived)',
    'about 1.1 trillion yuan (derived)',
  ]) {
    expect(html).toContain(text);
  }
  expect(html.match(/<th scope="row"/g)).toHaveLength(3);
});

test('currency switch is a labelled group of two radios, the current currency checked', () => {
  const html = renderIn(edition, <CurrencySwitch value="USD" onChange={() => undefined} />);
  expect(html).toMatch(/^<fieldset/);
  expect(elements(html, 'legend').map((legend) => legend.text)).toEqual(['Currency']);
  const radios = [...html.matchAll(/<input type="radio"[^>]*>/g)].map(([tag]) => ({
    name: /name="([^"]+)"/.exec(tag)?.[1],
    value: /value="(\w+)"/.exec(tag)?.[1],
    checked: tag.includes('checked'),
  }));
  expect(radios.map((r) => [r.value, r.checked])).toEqual([
    ['CNY', false],
    ['USD', true],
  ]);
  expect(radios[0]?.name).toBe(radios[1]?.name);
  expect(html).toContain('>Yuan</label>');
  expect(html).toContain('>US dollars</label>');
});
