// Specs for the volume graphic's layout, on the story's real figures.
import { describe, expect, test } from 'vitest';
import type { Currency, StateOf } from '#src/data/schema.ts';
import { volumeLayout, type VolumeSetting } from './layout.ts';
import { editionOf, testSite, wordsOf } from '#test/support/edition.ts';

const edition = await editionOf('en');
const { story } = edition;
const setting: VolumeSetting = { ...wordsOf(edition), figures: edition.figures };
function volumeState(key: string): StateOf<'volume'> {
  const state = story.graphicStates[key];
  if (state?.graphic !== 'volume') throw new Error(`no volume state ${key}`);
  return state;
}
const step2015 = volumeState('volume-2015');
const step2016 = volumeState('volume-2016');
const phone = { width: 375, height: 330 };
const layout = (currency: Currency, state = step2016, size = phone) => volumeLayout(story, currency, size, state, setting);
const bar = (l: ReturnType<typeof layout>, year: number) => l.bars.find((b) => b.year === year);
const round = (n = NaN) => Math.round(n * 100) / 100;

// Made once, outside any test's time limit: building the site's editions takes seconds on a busy machine.
const pseudo = (await testSite({ pseudo: true }).pages()).find((e) => e.code === 'xa')!;

describe('volume layout', () => {
  test('never draws a bar of negative height, even in a box shorter than its labels', () => {
    const l = layout('CNY', step2016, { width: 300, height: 60 });
    for (const b of l.bars) expect(b.height).toBeGreaterThanOrEqual(0);
  });
  test('puts the 2016 forecast bar at 6.5 trillion yuan, the top of the yuan scale', () => {
    const l = layout('CNY');
    const top = bar(l, 2016)?.height ?? 0;
    expect(bar(l, 2016)).toMatchObject({ kind: 'forecast', figureId: 'volume-2016-cny', value: { text: '6.5tn yuan' } });
    expect(l.max).toBe(6.5);
    expect(round((bar(l, 2015)?.height ?? 0) / top)).toBe(round(5.4 / 6.5));
  });

  test('shows the derived 2014 bar as about 4.2 trillion yuan, labelled derived', () => {
    const b = bar(layout('CNY'), 2014);
    expect(b).toMatchObject({
      kind: 'derived',
      figureId: 'volume-2014-cny',
      value: { text: '≈4.2tn yuan' },
      kindLabel: { text: 'derived' },
    });
  });

  test('labels each bar with its year and kind', () => {
    expect(layout('CNY').bars.map((b) => [b.yearLabel.text, b.kindLabel?.text])).toEqual([
      ['2014', 'derived'],
      ['2015', 'reported'],
      ['2016', 'forecast'],
    ]);
  });

  test("in dollars shows the report's own approximate values and scales to the largest, 935 billion", () => {
    const l = layout('USD');
    expect(l.max).toBe(935);
    expect(l.bars.map((b) => b.value?.text ?? null)).toEqual([null, '≈US$770bn', '≈US$935bn']);
  });

  test('in dollars draws no 2014 bar and says the report has no dollar figure', () => {
    const b = bar(layout('USD'), 2014);
    expect(b).toMatchObject({ figureId: null, kind: null, height: 0, kindLabel: null });
    expect(b?.note?.lines.join(' ')).toBe('no dollar figure in the report');
  });

  test('never draws a dollar value that is not in the data as reported or forecast', () => {
    for (const b of layout('USD').bars.filter((b) => b.figureId)) {
      const figure = story.figures.find((f) => f.id === b.figureId);
      expect(figure).toMatchObject({ currency: 'USD' });
      expect(figure?.kind).not.toBe('derived');
    }
  });

  test('keeps the scale between steps, so bars do not resize', () => {
    const heights = (state: StateOf<'volume'>) => layout('CNY', state).bars.map((b) => b.height);
    expect(heights(step2015)).toEqual(heights(step2016));
  });

  test('keeps years the step does not show at zero height, ready to grow in', () => {
    expect(layout('CNY', step2015).bars.map((b) => [b.year, b.shown])).toEqual([
      [2014, true],
      [2015, true],
      [2016, false],
    ]);
    expect(layout('CNY', step2016).bars.every((b) => b.shown)).toBe(true);
  });

  test('draws the highlighted year stronger and dims the others', () => {
    expect(layout('CNY', step2016).bars.map((b) => b.emphasis)).toEqual(['dimmed', 'dimmed', 'highlighted']);
    expect(layout('CNY', { ...step2016, highlight: null }).bars.every((b) => b.emphasis === 'normal')).toBe(true);
  });

  test('marks growth of +28.6% (reported) and an increase of about 1.1 trillion yuan (derived, indicative only: two bodies’ figures), only between years both shown', () => {
    expect(layout('CNY', step2015).growth.map((g) => [g.figureId, g.lines, g.shown])).toEqual([
      ['growth-2015', ['+28.6%'], true],
      ['increase-2016-cny', ['≈+1.1tn yuan', '(derived)', 'indicative only'], false],
    ]);
    expect(layout('CNY', step2016).growth.every((g) => g.shown)).toBe(true);
  });

  test('never draws a derived percentage beside the bars, which the next step’s 20 percent share could be taken for', () => {
    expect(layout('CNY').growth.filter((g) => g.kind === 'derived' && g.lines.some((l) => l.includes('%')))).toEqual([]);
  });

  test('in dollars says the growth rate is of the yuan volume, and the increase is in yuan', () => {
    expect(layout('USD').growth.map((g) => g.lines.at(-1))).toEqual(['in yuan', 'indicative only']);
    expect(layout('USD').growth[1]?.lines[0]).toBe('≈+1.1tn yuan');
  });

  test.each([{ width: 320, height: 260 }, phone, { width: 640, height: 720 }, { width: 700, height: 800 }])(
    'keeps every label inside the area at $width×$height',
    (size) => {
      for (const currency of ['CNY', 'USD'] as const) {
        const l = layout(currency, step2016, size);
        for (const g of l.growth) expect(g.y - l.growthFontSize).toBeGreaterThanOrEqual(0);
        for (const b of l.bars) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(size.width);
          expect(b.kindLabel?.y ?? b.yearLabel.y).toBeLessThanOrEqual(size.height);
        }
        // Neighbouring growth labels (at most ~70 px wide) stay apart.
        const [a, b] = l.growth;
        expect((b?.x ?? 0) - (a?.x ?? 0)).toBeGreaterThan(72);
      }
    },
  );

  test.each([phone, { width: 320, height: 260 }])(
    'keeps value and growth labels inside the drawing, and value labels within their slots, in a language a third longer than English (the pseudo-locale) at $width×$height',
    (size) => {
      const words: VolumeSetting = { ...wordsOf(pseudo), figures: pseudo.figures };
      const widthOf = (text: string, fontSize: number) => words.type.width(text, fontSize, 700);
      for (const currency of ['CNY', 'USD'] as const) {
        const l = volumeLayout(pseudo.story, currency, size, step2016, words);
        // A value label stays within its slot, so it never runs into its neighbour's.
        for (const b of l.bars)
          for (const line of b.value?.lines ?? []) expect(widthOf(line, l.valueFontSize)).toBeLessThanOrEqual(b.width / 0.7);
        const labels = [
          ...l.bars.flatMap((b) => (b.value?.lines ?? []).map((line) => ({ x: b.value!.x, width: widthOf(line, l.valueFontSize) }))),
          ...l.growth.flatMap((g) => g.lines.map((line) => ({ x: g.x, width: widthOf(line, l.growthFontSize) }))),
        ];
        expect(labels.length).toBeGreaterThan(3);
        for (const { x, width } of labels) {
          expect(x - width / 2).toBeGreaterThanOrEqual(0);
          expect(x + width / 2).toBeLessThanOrEqual(size.width);
        }
      }
    },
  );
});
