// The attribution table itself against the report: each claim it lists is there, in a sentence naming its voice.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { attributedClaims, describedMovements } from './attribution-checks.ts';

const report = readFileSync(new URL('../../data/source/xinhua-2016-12-27-cross-border-ecommerce.txt', import.meta.url), 'utf8');
const people = ['Yu Ping', 'Li Hui', 'Zhao'];

it('lists only claims the report makes, in sentences that name their voice (none, for Xinhua’s own)', () => {
  for (const c of attributedClaims) {
    const sentence = report.split('\n').find((line) => line.includes(c.sentence));
    expect(sentence, c.phrase).toBeDefined();
    if (c.voice !== 'Xinhua') expect(sentence, c.phrase).toContain(c.voice);
    else for (const name of people) expect(sentence, c.phrase).not.toContain(name);
  }
});

it('lists only movements the report describes, in its words', () => {
  for (const m of describedMovements) expect(report).toContain(m.words);
});
