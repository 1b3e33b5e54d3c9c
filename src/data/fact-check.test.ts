// Checks that the story's facts trace to the source report, word for word where they quote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from './validate.ts';
import { formatMonth, formatNumber } from './format.ts';
import { figureById } from './lookup.ts';
import { statedValue } from './stated.ts';

const source = readFileSync(new URL('../../data/source/xinhua-2016-12-27-cross-border-ecommerce.txt', import.meta.url), 'utf8');
const story = parseStory(raw);

describe('fact check against the Xinhua report', () => {
  it('quotes every figure’s source sentence word for word', () => {
    for (const f of story.figures) if (f.kind !== 'derived') expect(source, f.id).toContain(f.quote);
  });

  it('quotes every event’s source sentence word for word', () => {
    for (const e of story.events) expect(source, e.id).toContain(e.quote);
  });

  it('quotes every person word for word', () => {
    for (const q of story.quotes) expect(source, q.id).toContain(q.text);
  });

  it('finds every reported value in its own source sentence', () => {
    for (const f of story.figures) {
      if (f.kind === 'derived') continue;
      expect(f.quote, f.id).toContain(formatNumber(f.value));
    }
  });

  it('names every person as the report does', () => {
    for (const p of story.people) expect(source, p.id).toContain(p.name);
  });

  it('uses in all its text only numbers the report gives or the story computes', () => {
    // Whole numbers as the report writes them: "5.4" and "28.6" are in, "4" and "15" are not.
    const reported = new Set(source.match(/\d+(?:\.\d+)?/g));
    const derived = story.figures.filter((f) => f.kind === 'derived');
    const computed = new Set([
      ...derived.flatMap((f) => [f.value.toFixed(0), f.value.toFixed(1), f.value.toFixed(3)]),
      // The methods' intermediate steps: 1 + 28.6 % and 6.5 ÷ 5.4 − 1.
      (1 + figureById(story, 'growth-2015').value / 100).toFixed(3),
      (figureById(story, 'growth-2016').value / 100).toFixed(3),
      '1', // the one of growth rates (6.5 ÷ 5.4 − 1)
      '100', // the whole of a part-to-whole graphic ("20 of 100 squares")
      ...story.figures.map((f) => String(f.year)),
    ]);
    const texts = [
      story.meta.headline,
      story.meta.dek,
      story.meta.credit,
      ...story.steps.flatMap((s) => [...s.paragraphs, s.kicker ?? '', ...(s.glosses ?? []).flatMap((g) => [g.term, g.text])]),
      ...Object.values(story.graphicStates).flatMap((g) => [g.description, g.graphic === 'map' ? (g.note ?? '') : '']),
      ...Object.values(story.graphics).flatMap((c) => [c.title, c.caption]),
      ...story.method,
      ...story.gaps,
      ...story.events.flatMap((e) => [e.title, e.summary]),
      ...story.people.map((p) => p.role),
      ...story.figures.flatMap((f) => [f.label, f.kind === 'derived' ? f.method : '']),
    ];
    for (const text of texts) {
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? []) {
        expect(reported.has(n) || computed.has(n), `"${n}" in: ${text}`).toBe(true);
      }
    }
  });

  it('types each derived number into the prose as the code computes and rounds it', () => {
    const prose = story.steps.flatMap((s) => s.paragraphs).join(' ');
    expect(prose).toContain(`about ${formatNumber(statedValue(figureById(story, 'volume-2014-cny')))} trillion yuan`);
    expect(prose).toContain(`about ${formatNumber(statedValue(figureById(story, 'increase-2016-cny')))} trillion yuan`);
  });
});

describe('event dates against the Xinhua report', () => {
  const report = story.sources.find((s) => s.id === story.meta.source)!;
  const monthNames = Array.from({ length: 12 }, (_, i) => formatMonth(`2016-${String(i + 1).padStart(2, '0')}`).split(' ')[0]!);

  it('dates an event to a month only where its source sentence names that month, in the report’s year', () => {
    for (const e of story.events) {
      if (e.timing !== 'month') continue;
      expect(e.quote, e.id).toContain(formatMonth(e.month).split(' ')[0]);
      expect(e.month.slice(0, 4), e.id).toBe(report.date.slice(0, 4));
    }
  });

  it('gives an event whose sentence names no month only the report’s date, as reported “recently”', () => {
    for (const e of story.events) {
      if (e.timing !== 'reported-as-recent') continue;
      expect(
        monthNames.filter((m) => e.quote.includes(m)),
        e.id,
      ).toEqual([]);
      expect(e.quote, e.id).toMatch(/\brecently\b/);
      expect(e.reported, e.id).toBe(report.date);
    }
  });
});
