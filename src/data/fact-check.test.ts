// Checks that the story's facts trace to the source report, word for word where they quote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from './validate.ts';
import { formatNumber } from './format.ts';
import { figureById } from './lookup.ts';

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
      ...story.steps.flatMap((s) => [...s.paragraphs, s.kicker ?? '']),
      ...Object.values(story.graphicStates).map((g) => g.description),
      ...Object.values(story.graphics).flatMap((c) => [c.title, c.caption]),
      ...story.method,
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

  it('types each derived number into the prose as the code computes it', () => {
    const prose = story.steps.flatMap((s) => s.paragraphs).join(' ');
    expect(prose).toContain(`about ${figureById(story, 'volume-2014-cny').value.toFixed(1)} trillion yuan`);
    expect(prose).toContain(`about ${figureById(story, 'growth-2016').value.toFixed(0)} percent`);
  });

  it('dates every event to a month of 2016 the report names in the event’s sentence', () => {
    const months: Record<string, string> = { '04': 'April', '07': 'July', '11': 'November', '12': 'December' };
    for (const e of story.events) {
      expect(e.month.startsWith('2016-'), e.id).toBe(true);
      const name = months[e.month.slice(5)];
      // The Moscow move is reported as "recently" in a report dated 27 December 2016.
      if (e.id === 'moscow-office') expect(e.quote).toContain('recently');
      else expect(e.quote, e.id).toContain(name);
    }
  });
});
