// Checks that the story's facts trace to the source report, word for word where they quote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../data/story.json';
import { parseStory } from './validate';
import { formatNumber } from './format';

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

  it('uses in its prose only numbers the report gives or the story derives', () => {
    const derived = story.figures.filter((f) => f.kind === 'derived').map((f) => f.value.toFixed(f.unit === 'percent' ? 0 : 1));
    const years = story.figures.map((f) => String(f.year));
    const allowed = (n: string) => source.includes(n) || derived.includes(n) || years.includes(n);
    const prose = [...story.steps.flatMap((s) => s.paragraphs), story.meta.headline, story.meta.dek];
    for (const text of prose) {
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? []) expect(allowed(n), `"${n}" in: ${text}`).toBe(true);
    }
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
