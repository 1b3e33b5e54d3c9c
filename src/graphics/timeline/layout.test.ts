// Specs for the timeline's layout, on the story's real events.
import { describe, expect, test } from 'vitest';
import type { StateOf } from '#src/data/schema.ts';
import { timelineLayout, type TimelineLayout, type TimelineSetting } from './layout.ts';
import { editionOf, wordsOf } from '#test/support/edition.ts';

const edition = await editionOf('en');
const { story } = edition;
const setting: TimelineSetting = { events: edition.events, months: edition.months, type: wordsOf(edition).type };
const state = (event: string | null): StateOf<'timeline'> => ({ graphic: 'timeline', event, description: 'test' });
const phone = { width: 375, height: 330 };
const sizes = [
  { width: 320, height: 260 },
  phone,
  { width: 480, height: 320 },
  { width: 640, height: 720 },
  { width: 700, height: 800 },
  { width: 1000, height: 400 },
  { width: 1280, height: 600 },
];
const along = (l: TimelineLayout, p: { x: number; y: number }) => (l.orientation === 'vertical' ? p.y : p.x);
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('timeline layout', () => {
  test('puts the twelve months of 2016 on the axis', () => {
    const layout = timelineLayout(story, phone, state(null), setting);
    expect(layout.ticks.map((t) => t.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2016-${String(i + 1).padStart(2, '0')}`));
    expect(layout.ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
  });

  test.each(sizes)('marks each of the four dated events on the axis at its month at $width×$height', (size) => {
    const layout = timelineLayout(story, size, state(null), setting);
    expect(layout.events.map((e) => e.id)).toEqual(['lazada', 'china-post', 'ant-financial', 'thailand-commerce', 'moscow-office']);
    const axisAt = layout.orientation === 'vertical' ? layout.axis.x1 : layout.axis.y1;
    for (const e of layout.events.filter((e) => e.dated)) {
      const tick = layout.ticks.find((t) => t.month === e.month);
      expect(tick && Math.round(along(layout, e.mark))).toBe(tick && Math.round(along(layout, { x: tick.tick.x2, y: tick.tick.y2 })));
      expect(layout.orientation === 'vertical' ? e.mark.x : e.mark.y, e.id).toBe(axisAt);
    }
  });

  test.each(sizes)(
    'draws the Moscow move, which has no month, off the axis at the report’s date, not at a month mark, at $width×$height',
    (size) => {
      const layout = timelineLayout(story, size, state('moscow-office'), setting);
      const moscow = layout.events.find((e) => e.id === 'moscow-office')!;
      const tickAt = (month: string) => {
        const { tick } = layout.ticks.find((t) => t.month === month)!;
        return along(layout, { x: tick.x2, y: tick.y2 });
      };
      const band = tickAt('2016-12') - tickAt('2016-11');
      const offset = along(layout, moscow.mark) - tickAt('2016-12');
      // 27 December is 26.5 of 31 days in: about a third of a month past December's middle.
      expect(offset / band).toBeCloseTo(26.5 / 31 - 0.5, 1);
      expect(moscow.dated).toBe(false);
      expect(layout.orientation === 'vertical' ? moscow.mark.x : moscow.mark.y).not.toBe(
        layout.orientation === 'vertical' ? layout.axis.x1 : layout.axis.y1,
      );
      expect(moscow.label.note.join(' ')).toBe('reported 27 Dec as recent');
      expect(moscow.monthLabel).toBe('month not given; reported 27 December 2016 as recent');
    },
  );

  test('keeps the December event and the Moscow move apart, so their marks do not overlap', () => {
    const [a, b] = timelineLayout(story, phone, state('thailand-commerce'), setting).events.filter((e) => e.month === '2016-12');
    const gap = Math.hypot((a?.mark.x ?? 0) - (b?.mark.x ?? 0), (a?.mark.y ?? 0) - (b?.mark.y ?? 0));
    expect(gap).toBeGreaterThan((a?.r ?? 0) * (a?.scale ?? 1) + (b?.r ?? 0) * (b?.scale ?? 1));
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

  test('runs down the page on phones and desktop panels, and across a wide short screen', () => {
    expect(timelineLayout(story, { width: 320, height: 260 }, state(null), setting).orientation).toBe('vertical');
    expect(timelineLayout(story, phone, state(null), setting).orientation).toBe('vertical');
    expect(timelineLayout(story, { width: 700, height: 800 }, state(null), setting).orientation).toBe('vertical');
    expect(timelineLayout(story, { width: 1000, height: 400 }, state(null), setting).orientation).toBe('horizontal');
  });

  test.each(sizes)('keeps titles inside the area, clear of each other and of the marks at $width×$height', (size) => {
    const layout = timelineLayout(story, size, state('lazada'), setting);
    expect(layout.fits).toBe(true);
    const boxes = layout.events.map((e) => e.labelBox);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    for (const e of layout.events) {
      const r = e.r * 1.5;
      const markBox = { x: e.mark.x - r, y: e.mark.y - r, width: 2 * r, height: 2 * r };
      boxes.forEach((b) => expect(overlap(markBox, b)).toBe(false));
    }
  });

  test('wraps a long title into lines on a phone, losing no words', () => {
    const moscow = timelineLayout(story, { width: 320, height: 260 }, state(null), setting).events.find((e) => e.id === 'moscow-office');
    expect(moscow?.label.lines.length).toBeGreaterThan(1);
    expect(moscow?.label.lines.join(' ')).toBe('AliExpress moves its Russian branch to Moscow’s CBD');
  });

  test('draws every text at 12 px or more', () => {
    for (const size of sizes) expect(timelineLayout(story, size, state(null), setting).fontSize).toBeGreaterThanOrEqual(12);
  });

  test('keeps marks and titles in place from step to step, so only the highlight changes', () => {
    const geometry = (event: string | null) =>
      timelineLayout(story, phone, state(event), setting).events.map(({ id, mark, label, connector }) => ({ id, mark, label, connector }));
    expect(geometry('lazada')).toEqual(geometry('moscow-office'));
    expect(geometry(null)).toEqual(geometry('lazada'));
  });
});
