// Specs for the presenter's notes: the report's sentences a step rests on, whose words they are, and derived figures' methods.
import { describe, expect, it } from 'vitest';
import { editions, receiptsByCode, wordsOf } from '#test/support/edition.ts';
import { englishSentences } from '#test/support/report.ts';
import { presenterNotes } from './presenter-notes.ts';
import { stepSentences } from '#src/data/basis.ts';

const [english, ...translated] = await editions();
const receipts = receiptsByCode();
const { story } = english!;
const notesFor = (id: string) =>
  presenterNotes(
    wordsOf(english!).t,
    story,
    story.steps.findIndex((step) => step.id === id),
    receipts.en!,
    'en',
  );
const sentence = (start: string) => englishSentences.find((s) => s.text.startsWith(start))!.text;

describe('presenterNotes', () => {
  it('gives every sentence of the report that the step’s text rests on, whole and word for word', () => {
    expect(notesFor('moscow').map((n) => n.text)).toEqual([sentence('BEIJING, Dec. 27 (Xinhua) -- Aliexpress')]);
    expect(notesFor('belt-and-road').map((n) => n.text)).toEqual([sentence('Chinese cross-border e-commerce platforms are speeding up')]);
    expect(notesFor('yu-ping').map((n) => n.text)).toEqual([sentence('Aliexpress gained a strong foothold'), sentence('BEIJING, Dec. 27')]);
    expect(notesFor('li-hui').map((n) => n.text)).toEqual([sentence('Cross-border e-commerce is a new area')]);
    expect(notesFor('zhao-ping').map((n) => n.text)).toEqual([sentence('Most of countries along'), sentence('China has a great number')]);
  });

  it('says whose words a sentence reports, with the role the report gives, or that it is Xinhua’s own', () => {
    expect(notesFor('li-hui')[0]?.who).toBe('Li Hui, Chinese ambassador to Russia, as reported by Xinhua');
    expect(notesFor('lazada')).toEqual([
      { text: sentence('In April, Chinese e-commerce giant'), who: 'Xinhua', sentence: 's5', derived: false },
    ]);
  });

  it('gives a derived figure’s method written out, after the sentences its inputs come from', () => {
    const notes = notesFor('volume-2015');
    expect(notes.map((n) => n.derived)).toEqual([false, false, true]);
    expect(notes[2]?.who).toBe('Worked out by us, not in the report');
    expect(notes[2]?.text).toMatch(/^The 2015 volume divided by \(1 \+ the 2015 growth rate\)/);
    expect(notes[2]?.text).not.toContain('{');
  });

  it('says what words of ours are where a paragraph rests on no sentence of the report', () => {
    const notes = presenterNotes(
      wordsOf(english!).t,
      {
        ...story,
        steps: [{ ...story.steps[0]!, paragraphs: [{ ...story.steps[0]!.paragraphs[0]!, id: 'p9', basis: { ours: 'inference' } }] }],
      },
      0,
      {
        ...receipts.en!,
        claims: [{ key: 'steps.moscow.paragraphs.p9', sentence: 1, text: 'x', basis: { ours: 'inference' }, derived: [] }],
      },
      'en',
    );
    expect(notes).toEqual([
      { text: 'Our words: what we read from the report, not its own words.', who: 'Our words, not the report’s', derived: true },
    ]);
  });
});

// How each edition's catalog says a sentence is ours in its language (data/messages/*.json).
const translatedMark: Record<string, string> = { ru: 'в нашем переводе', zh: '本文翻译' };

describe.each(translated)('presenterNotes in the $name edition', (edition) => {
  it('gives every step’s sentences in the edition’s language, each saying it is our translation', () => {
    const { t } = wordsOf(edition);
    edition.story.steps.forEach((step, index) => {
      const reports = presenterNotes(t, edition.story, index, receipts[edition.code]!, edition.code).filter((note) => !note.derived);
      expect(reports.map((note) => note.text)).toEqual(
        stepSentences(
          step,
          edition.story.quotes.find((q) => q.id === step.quote),
        ).map((id) => receipts[edition.code]!.sentences.find((s) => s.id === id)?.text),
      );
      expect(reports.filter((note) => !note.who.includes(translatedMark[edition.code] ?? '?'))).toEqual([]);
    });
  });
});
