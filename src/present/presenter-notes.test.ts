import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import raw from '#data/story.json' with { type: 'json' };
import { parseStory, validateStory } from '#src/data/validate.ts';
import { editions, translationFile } from '#src/data/editions.ts';
import { readEditionFile } from '#src/data/edition-file.ts';
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
    expect(method.text).toMatch(/^The 2015 volume divided by \(1 \+ the 2015 growth rate\)/);
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

// How each edition's wording says a sentence is ours in its language (data/editions/*.json).
const translatedMark = { ru: 'в нашем переводе', zh: '本文翻译' } as const;

describe.each(editions.filter((e) => e.code !== 'en'))('presenterNotes in the $name edition', (edition) => {
  it('says under every sentence of the report, Xinhua’s own or a person’s, that it is our translation', async () => {
    const file = translationFile(edition.code);
    const content = readEditionFile(validateStory(raw), JSON.parse(readFileSync(file, 'utf8')), edition, file);
    // The presentation's wording is read when its module loads, as on the edition's page.
    vi.resetModules();
    const { setWording } = await import('#src/lib/strings.ts');
    setWording(content.wording);
    const { presenterNotes: editionNotes } = await import('./presenter-notes.ts');
    const translatedStory = parseStory(content.data, file);
    const notes = translatedStory.steps.flatMap((_, index) => editionNotes(translatedStory, index));
    const reports = notes.filter((note) => !note.derived);
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.filter((note) => !note.who.includes(translatedMark[edition.code as keyof typeof translatedMark]))).toEqual([]);
  });
});
