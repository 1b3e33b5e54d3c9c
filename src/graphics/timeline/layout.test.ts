// Specs for the timeline's layout, on the story's real events in each edition.
import { describe, expect, test } from 'vitest';
import type { StateOf } from '#src/data/schema.ts';
import { timelineLayout, type TimelineLayout, type TimelineSetting } from './layout.ts';
import { editionOf, wordsOf } from '#test/support/edition.ts';

const editions = await Promise.all(['en', 'ru', 'zh'].map((code) => editionOf(code)));
const settingOf = (edition: (typeof editions)[number]): TimelineSetting => ({
  events: edition.events,
  months: edition.months,
  type: wordsOf(edition).type,
});
const [en] = editions;
if (!en) throw new Error('no English edition');
const { story } = en;
const setting = settingOf(en);
const state = (event: string | null): StateOf<'timeline'> => ({ graphic: 'timeline', event, description: 'test' });
// A phone's panel, the build's graphic files, a desktop's and a projector's panel, and a wide short one.
const phone = { width: 360, height: 300 };
const sizes = [
  phone,
  { width: 320, height: 260 },
  { width: 332, height: 249 },
  { width: 600, height: 560 },
  { width: 640, height: 860 },
  { width: 1000, height: 400 },
];
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const tickY = (layout: TimelineLayout, month: string) => layout.ticks.find((t) => t.month === month)?.y;

describe('timeline layout', () => {
  test('puts the twelve months of 2016 on the axis, with the edition’s labels', () => {
    const layout = timelineLayout(story, phone, state(null), setting);
    expect(layout.ticks.map((t) => t.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2016-${String(i + 1).padStart(2, '0')}`));
    expect(layout.ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
  });

  describe.each(editions.map((edition) => [edition.code, edition] as const))('in %s', (_, edition) => {
    test.each(sizes)('keeps every title inside $width×$height, clear of the other titles and of the marks', (size) => {
      const layout = timelineLayout(edition.story, size, state('thailand-commerce'), settingOf(edition));
      const boxes = layout.events.map((e) => e.labelBox);
      for (const [i, box] of boxes.entries()) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
        for (const e of layout.events) {
          const r = e.r * 1.5;
          expect(overlap({ x: e.mark.x - r, y: e.mark.y - r, width: 2 * r, height: 2 * r }, box)).toBe(false);
        }
      }
    });
  });

  test.each(sizes)('marks each dated event on the axis at its month at $width×$height', (size) => {
    const layout = timelineLayout(story, size, state(null), setting);
    expect(layout.events.map((e) => e.id)).toEqual(['lazada', 'china-post', 'ant-financial', 'thailand-commerce', 'moscow-office']);
    for (const e of layout.events.filter((e) => e.dated)) expect(e.mark).toEqual({ x: layout.axis.x, y: tickY(layout, e.month) });
  });

  test.each(sizes)('draws the Moscow move, which has no month, apart from the axis at the report’s date at $width×$height', (size) => {
    const layout = timelineLayout(story, size, state('moscow-office'), setting);
    const moscow = layout.events.find((e) => e.id === 'moscow-office')!;
    const band = tickY(layout, '2016-12')! - tickY(layout, '2016-11')!;
    // 27 December is 26.5 of 31 days in: about a third of a month past December's middle.
    expect((moscow.mark.y - tickY(layout, '2016-12')!) / band).toBeCloseTo(26.5 / 31 - 0.5, 2);
    expect(moscow.mark.x - layout.axis.x).toBeGreaterThan(moscow.r * moscow.scale);
    expect(moscow.dated).toBe(false);
    expect(moscow.label.note.join(' ')).toBe('reported 27 Dec as recent');
    expect(moscow.monthLabel).toBe('month not given; reported 27 December 2016 as recent');
  });

  test('gives events of the same month a row each, in order, each joined to its mark', () => {
    const same = { ...story, events: story.events.map((e) => (e.id === 'china-post' ? { ...e, month: '2016-04' } : e)) };
    const [lazada, chinaPost] = timelineLayout(same, phone, state(null), setting).events;
    expect(chinaPost?.mark).toEqual(lazada?.mark);
    // The first stays beside its mark; the second is pushed down below it.
    expect(lazada?.connector.at(-1)?.[1]).toBe(lazada?.mark.y);
    expect(chinaPost!.labelBox.y).toBeGreaterThanOrEqual(lazada!.labelBox.y + lazada!.labelBox.height);
    for (const e of [lazada!, chinaPost!]) {
      const [start, end] = [e.connector[0]!, e.connector.at(-1)!];
      expect(start).toEqual([e.mark.x, e.mark.y]);
      expect(end[1]).toBeGreaterThan(e.labelBox.y);
      expect(end[1]).toBeLessThan(e.labelBox.y + e.labelBox.height);
    }
  });

  test('highlights only the event of the state and mutes the others', () => {
    const events = timelineLayout(story, phone, state('china-post'), setting).events;
    expect(events.filter((e) => e.highlighted).map((e) => e.id)).toEqual(['china-post']);
    expect(events.find((e) => e.highlighted)?.scale).toBeGreaterThan(1);
    expect(events.filter((e) => !e.highlighted).every((e) => e.emphasis === 'muted' && e.scale === 1)).toBe(true);
  });

  test('highlights nothing when the state names no event', () => {
    expect(timelineLayout(story, phone, state(null), setting).events.every((e) => !e.highlighted && e.emphasis === 'normal')).toBe(true);
  });

  test('wraps a long title into lines on a phone, losing no words', () => {
    const moscow = timelineLayout(story, { width: 320, height: 260 }, state(null), setting).events.find((e) => e.id === 'moscow-office');
    expect(moscow?.label.lines.length).toBeGreaterThan(1);
    expect(moscow?.label.lines.join(' ')).toBe('AliExpress moves its Russian branch to Moscow’s CBD');
  });

  test('keeps marks and titles in place from step to step, so only the highlight changes', () => {
    const geometry = (event: string | null) =>
      timelineLayout(story, phone, state(event), setting).events.map(({ id, mark, label, connector }) => ({ id, mark, label, connector }));
    expect(geometry('lazada')).toEqual(geometry('moscow-office'));
    expect(geometry(null)).toEqual(geometry('lazada'));
  });
});
