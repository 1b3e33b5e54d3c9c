import { describe, expect, it } from 'vitest';
import raw from '#data/story.json' with { type: 'json' };
import { parseStory } from '#src/data/validate.ts';
import { presenterNotes } from './presenter-notes.ts';

const story = parseStory(raw);
const notesFor = (id: string) => {
  const index = raw.steps.findIndex((step) => step.id === id);
  return presenterNotes(story, index);
};

describe('presenterNotes', () => {
  it('gives a step’s quote word for word, with the person and role the report gives', () => {
    const quote = raw.quotes.find((q) => q.id === 'li-hui-cooperation')!;
    expect(notesFor('li-hui')).toEqual([
      { text: quote.text, who: 'Li Hui, Chinese ambassador to Russia, as reported by Xinhua', derived: false },
    ]);
  });

  it('gives the sentence behind each figure the step names, once, and a derived figure’s method written out', () => {
    const notes = notesFor('volume-2015');
    const sentence = raw.figures.find((f) => f.id === 'volume-2015-cny')!.quote!;
    expect(notes.filter((n) => n.text === sentence)).toEqual([
      { text: sentence, who: 'China E-business Research Center, as reported by Xinhua', derived: false },
    ]);
    const method = notes.find((n) => n.derived)!;
    expect(method.who).toBe('Worked out by us, not in the report');
    expect(method.text).toMatch(/^The 2015 volume divided by one plus the 2015 growth rate/);
    expect(method.text).not.toContain('{');
  });

  it('gives the report’s sentence for the event a timeline step highlights, as Xinhua’s', () => {
    const event = raw.events.find((e) => e.id === 'lazada')!;
    expect(notesFor('lazada')).toEqual([{ text: event.quote, who: 'Xinhua', derived: false }]);
  });

  it('gives nothing for a step the data ties to no sentence, so the view can say so', () => {
    expect(notesFor('belt-and-road')).toEqual([]);
  });
});
