import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import raw from '#data/story.json' with { type: 'json' };
import { validateStory } from '#src/data/validate.ts';
import { deriveStory } from '#src/data/derive-story.ts';
import { editions, translationFile } from '#src/data/editions.ts';
import { readEditionFile } from '#src/data/edition-file.ts';
import { englishSentences } from '#test/support/report.ts';
import { presenterNotes } from './presenter-notes.ts';

const story = deriveStory(validateStory(raw), englishSentences);
const notesFor = (id: string) =>
  presenterNotes(
    story,
    raw.steps.findIndex((step) => step.id === id),
  );
const sentence = (start: string) => englishSentences.find((s) => s.text.startsWith(start))!.text;

describe('presenterNotes', () => {
  it('gives every sentence of the report that the step’s text rests on, whole and word for word', () => {
    expect(notesFor('moscow').map((n) => n.text)).toEqual([sentence('BEIJING, Dec. 27 (Xinhua) -- Aliexpress')]);
    expect(notesFor('belt-and-road').map((n) => n.text)).toEqual([sentence('Chinese cross-border e-commerce platforms are speeding up')]);
    expect(notesFor('yu-ping').map((n) => n.text)).toEqual([sentence('Aliexpress gained a strong foothold')]);
    expect(notesFor('li-hui').map((n) => n.text)).toEqual([sentence('Cross-border e-commerce is a new area')]);
    expect(notesFor('zhao-ping').map((n) => n.text)).toEqual([sentence('Most of countries along'), sentence('China has a great number')]);
  });

  it('says whose words a sentence reports, with the role the report gives, or that it is Xinhua’s own', () => {
    expect(notesFor('li-hui')[0]?.who).toBe('Li Hui, Chinese ambassador to Russia, as reported by Xinhua');
    expect(notesFor('lazada')).toEqual([{ text: sentence('In April, Chinese e-commerce giant'), who: 'Xinhua', derived: false }]);
  });

  it('gives a derived figure’s method written out, after the sentences its inputs come from', () => {
    const notes = notesFor('volume-2015');
    expect(notes.map((n) => n.derived)).toEqual([false, false, true]);
    expect(notes[2]?.who).toBe('Worked out by us, not in the report');
    expect(notes[2]?.text).toMatch(/^The 2015 volume divided by \(1 \+ the 2015 growth rate\)/);
    expect(notes[2]?.text).not.toContain('{');
  });
});

// How each edition's wording says a sentence is ours in its language (data/editions/*.json).
const translatedMark = { ru: 'в нашем переводе', zh: '本文翻译' } as const;

describe.each(editions.filter((e) => e.code !== 'en'))('presenterNotes in the $name edition', (edition) => {
  it('gives every step’s sentences in the edition’s language, each saying it is our translation', async () => {
    const file = translationFile(edition.code);
    const content = readEditionFile(validateStory(raw), JSON.parse(readFileSync(file, 'utf8')), edition, file, {
      sentences: englishSentences,
    });
    // The presentation's wording is read when its module loads, as on the edition's page.
    vi.resetModules();
    const { setWording } = await import('#src/lib/strings.ts');
    setWording(content.wording);
    const { presenterNotes: editionNotes } = await import('./presenter-notes.ts');
    const translated = deriveStory(content.data, content.sentences);
    translated.steps.forEach((step, index) => {
      const reports = editionNotes(translated, index).filter((note) => !note.derived);
      expect(reports.map((note) => note.text)).toEqual(step.sentences.map((id) => content.sentences.find((s) => s.id === id)?.text));
      expect(reports.filter((note) => !note.who.includes(translatedMark[edition.code as keyof typeof translatedMark]))).toEqual([]);
    });
  });
});
