// Checks that the story gives each claim to whoever the report gives it to, and draws only movements it describes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory, type Story } from './validate.ts';

const source = readFileSync(new URL('../../data/source/xinhua-2016-12-27-cross-border-ecommerce.txt', import.meta.url), 'utf8');
const story = parseStory(raw);

/**
 * Claims the report gives to someone: a phrase as our prose words it, the voice it belongs to (a
 * person's name, or Xinhua for the report's own assertions) and the report's sentence that says so.
 */
const attributedClaims = [
  { phrase: 'strong foothold', voice: 'Yu Ping', sentence: 'Aliexpress gained a strong foothold in Russia' },
  { phrase: 'main objective', voice: 'Yu Ping', sentence: 'the main objective of the company is' },
  { phrase: 'popular with Russian customers', voice: 'Li Hui', sentence: 'enjoy huge popularity among Russian customers' },
  { phrase: 'agricultural products', voice: 'Li Hui', sentence: 'entry of Russian agricultural products into China' },
  { phrase: 'new area of', voice: 'Li Hui', sentence: 'Cross-border e-commerce is a new area of bilateral cooperation' },
  { phrase: 'great potential', voice: 'Zhao', sentence: 'hold great potential for business development' },
  { phrase: 'commercial infrastructure', voice: 'Zhao', sentence: 'have relatively poor commercial infrastructure' },
  { phrase: 'bright prospect', voice: 'Zhao', sentence: 'there is a bright prospect' },
  { phrase: 'Thailand and India', voice: 'Zhao', sentence: 'such as Thailand and India' },
  { phrase: 'Tmall Global', voice: 'Zhao', sentence: 'giants such as Tmall Global and JD Worldwide' },
  { phrase: 'should cooperate', voice: 'Zhao', sentence: 'firms should cooperate with each other' },
  { phrase: 'speeding up', voice: 'Xinhua', sentence: 'platforms are speeding up their business layout' },
  { phrase: 'booming', voice: 'Xinhua', sentence: 'China has witnessed a booming cross-border e-commerce sector' },
  { phrase: 'saturated market', voice: 'Xinhua', sentence: 'as it looks to expand beyond China’s increasingly saturated market' },
];

/** Every block of reader-facing prose, each a unit within which a claim must name its voice. */
function proseBlocks(s: Story): { where: string; text: string }[] {
  return [
    { where: 'meta.dek', text: s.meta.dek },
    ...s.steps.flatMap((step) => [
      ...step.paragraphs.map((text, i) => ({ where: `${step.id} paragraph ${i + 1}`, text })),
      ...(step.glosses ?? []).map((g) => ({ where: `${step.id} gloss ${g.term}`, text: g.text })),
    ]),
    ...Object.entries(s.graphicStates).flatMap(([key, g]) => [
      { where: `${key} description`, text: g.description },
      ...(g.graphic === 'map' && g.note ? [{ where: `${key} note`, text: g.note }] : []),
    ]),
    ...Object.entries(s.graphics).map(([key, g]) => ({ where: `${key} caption`, text: g.caption })),
    ...s.method.map((text, i) => ({ where: `method ${i + 1}`, text })),
    ...s.gaps.map((text, i) => ({ where: `gaps ${i + 1}`, text })),
  ];
}

/** Movements between two places that the report describes, with the words that describe them. */
const describedMovements = [
  { from: 'russia', to: 'china', person: 'li-hui', words: 'the entry of Russian agricultural products into China' },
];

describe('attribution against the Xinhua report', () => {
  it('lists only claims the report makes, in sentences that name their voice (none, for Xinhua’s own)', () => {
    for (const c of attributedClaims) {
      const sentence = source.split('\n').find((line) => line.includes(c.sentence));
      expect(sentence, c.phrase).toBeDefined();
      if (c.voice !== 'Xinhua') expect(sentence, c.phrase).toContain(c.voice);
      else for (const p of story.people) expect(sentence, c.phrase).not.toContain(p.name.split(' ')[0]);
    }
  });

  it('names, in the same paragraph, whose claim each attributed statement is', () => {
    for (const { where, text } of proseBlocks(story)) {
      for (const c of attributedClaims) {
        if (text.toLowerCase().includes(c.phrase.toLowerCase())) expect(text, `${where}: "${c.phrase}" is ${c.voice}’s`).toContain(c.voice);
      }
    }
  });

  it('draws a route only for a movement the report describes, in its direction, naming whose claim it is', () => {
    for (const [key, state] of Object.entries(story.graphicStates)) {
      if (state.graphic !== 'map') continue;
      for (const route of state.routes) {
        const described = describedMovements.find((m) => m.from === route.from && m.to === route.to);
        expect(described, `${key}: ${route.from} → ${route.to}`).toBeDefined();
        expect(source).toContain(described!.words);
        expect(route.person, key).toBe(described!.person);
        const name = story.people.find((p) => p.id === route.person)!.name;
        expect(state.note, key).toContain(name);
        expect(state.description, key).toContain(name);
      }
    }
  });
});
