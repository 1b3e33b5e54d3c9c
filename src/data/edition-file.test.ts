import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { editions, translationFile } from './editions.ts';
import { readEditionFile } from './edition-file.ts';
import { englishSentences } from '#test/support/report.ts';
import { translateStory, translationSkeleton } from './translation.ts';
import { lockFile } from './translation-lock.ts';
import { StoryDataError, validateStory } from './validate.ts';
import { englishStrings } from '#src/lib/strings.ts';
import { englishPresentStrings } from '#src/lib/present-strings.ts';
import { englishDeferredStrings } from '#src/lib/deferred-strings.ts';

const english = validateStory(raw);
const translated = editions.filter((e) => e.code !== 'en');
const fileOf = (code: (typeof editions)[number]['code']) =>
  JSON.parse(readFileSync(translationFile(code), 'utf8')) as Record<string, unknown>;
const problemsOf = (file: unknown) => {
  try {
    readEditionFile(english, file, translated[0]!, 'edition.json', { sentences: englishSentences });
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
};

describe.each(translated)('the $name edition’s file', (edition) => {
  it('translates every text of the story and the interface, and passes every check of a story file', () => {
    const content = readEditionFile(english, fileOf(edition.code), edition, translationFile(edition.code), { sentences: englishSentences });
    expect(content.data.language).toBe(edition.lang);
    expect(content.data.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id));
  });
});

// A translation file's parsed JSON, loosely: the tests reach into it by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any nested key of a JSON tree
type Tree = any;

describe('a translation file’s checks', () => {
  /**
   * Every string of `value` marked as if translated (names kept as they are): what a translator's file holds.
   * Letters are swapped (not in number tokens or capitalised names), not words added, so a quote stays a
   * part of its sentence.
   */
  const mark = (value: unknown, key = ''): Tree =>
    typeof value === 'string'
      ? key === 'name' || key === 'publisher'
        ? value
        : value.replace(/\{[^{}]*\}|\b\p{Lu}\p{L}*|[eo]/gu, (found) => ({ e: 'ё', o: 'ö' })[found] ?? found)
      : Array.isArray(value)
        ? value.map((item) => mark(item))
        : Object.fromEntries(Object.entries(value as object).map(([k, x]) => [k, mark(x, k)]));
  const skeleton = () => ({
    language: translated[0]!.lang,
    story: mark(translationSkeleton(english)),
    interface: mark(englishStrings),
    presentation: mark(englishPresentStrings),
    deferred: mark(englishDeferredStrings),
    report: mark(Object.fromEntries(englishSentences.map((s) => [s.id, s.text]))),
  });

  it('accept a file that holds every text', () => {
    expect(problemsOf(skeleton())).toEqual([]);
  });

  it('name every text left in English', () => {
    const problems = problemsOf({ ...skeleton(), story: translationSkeleton(english), interface: englishStrings });
    expect(problems).toContain(`edition.json: $.story.meta.headline: is the English text: translate it`);
    expect(problems).toContain(`edition.json: $.interface.loadFailed: is the English text: translate it`);
    expect(problems.some((p) => p.includes('$.story.places.moscow'))).toBe(false);
  });

  it('name a missing text by its path', () => {
    const file = skeleton();
    delete file.story.steps[english.steps[1]!.id].paragraphs;
    expect(problemsOf(file)).toEqual([`edition.json: $.story.steps.${english.steps[1]!.id}.paragraphs: is missing: translate it`]);
  });

  it('name a missing interface string by its key', () => {
    const file = skeleton();
    delete (file.interface as Record<string, unknown>).retry;
    expect(problemsOf(file)).toEqual(['edition.json: $.interface.retry: is missing: translate it']);
  });

  it('refuse an id the English story does not have', () => {
    const file = skeleton();
    file.story.places['atlantis'] = { name: 'Atlantis' };
    expect(problemsOf(file)).toEqual(['edition.json: $.story.places.atlantis: is no id of the English story']);
  });

  it('refuse a number typed instead of its token, and a dropped token', () => {
    const file = skeleton();
    const step = english.steps.find((s) => s.paragraphs.some((p) => p.text.includes('{volume-2015-cny}')))!;
    const paragraph = step.paragraphs.find((p) => p.text.includes('{volume-2015-cny}'))!;
    file.story.steps[step.id].paragraphs[paragraph.id] = mark(paragraph.text).replace('{volume-2015-cny}', '5,4 трлн юаней');
    expect(problemsOf(file)).toEqual([
      expect.stringContaining('number tokens, no more and no fewer'),
      expect.stringContaining('"4" is a number the English text does not type'),
      expect.stringContaining('"5" is a number the English text does not type'),
    ]);
  });

  it('refuse a claim that loses whose it is', () => {
    const file = skeleton();
    const step = english.steps.find((s) => s.paragraphs.some((p) => p.text.includes('Li Hui')))!;
    file.story.steps[step.id].paragraphs = Object.fromEntries(
      step.paragraphs.map((p) => [p.id, mark(p.text.replaceAll('Li Hui', 'the ambassador'))]),
    );
    expect(problemsOf(file).some((p) => p.includes('the English names Li: name Li too'))).toBe(true);
  });

  it('accept a template kept as in English where it has no words of its own, only placeholders', () => {
    const file = skeleton();
    (file.interface as { sources: Record<string, unknown> }).sources.line = '{publisher}, {place}, {date}.';
    expect(problemsOf(file)).toEqual([]);
  });

  it('refuse interface wording that drops a placeholder', () => {
    const file = skeleton();
    (file.interface as Record<string, unknown>).reportedAsRecent = 'reported as recent';
    expect(problemsOf(file)).toEqual([expect.stringContaining('$.interface.reportedAsRecent: must have the English text’s number tokens')]);
  });
  it('name a report sentence left untranslated, and one the report does not have', () => {
    const file = skeleton();
    delete file.report.s9;
    file.report.s99 = 'Нет такого предложения.';
    expect(problemsOf(file)).toEqual([
      'edition.json: $.report.s99: is no sentence of the report',
      'edition.json: $.report.s9: is missing: translate it',
    ]);
  });

  it('refuse a translated quote that says more than its sentence’s translation', () => {
    const file = skeleton();
    const quote = english.quotes.find((q) => q.id === 'li-hui-cooperation')!;
    file.story.quotes[quote.id].text = `${mark(quote.text)}. Zhao Ping thinks so too`;
    expect(problemsOf(file)).toEqual([
      'edition.json: $.story.quotes.li-hui-cooperation.text: must be one sentence, as in the report',
      'edition.json: $.story.quotes.li-hui-cooperation.text: names Zhao, whom the report’s sentence does not name',
      'edition.json: $.story.quotes.li-hui-cooperation.text: must read as it does in the translation of the report’s sentence it comes from ($.report.s3)',
    ]);
  });

  it('refuse a sentence added to a quote and to the report’s sentence alike, which nobody said', () => {
    const file = skeleton();
    const quote = english.quotes.find((q) => q.id === 'li-hui-cooperation')!;
    const added = '. Это важнее всего';
    file.story.quotes[quote.id].text = `${mark(quote.text)}${added}`;
    file.report.s3 = file.report.s3.replace(mark(quote.text), `${mark(quote.text)}${added}`);
    expect(problemsOf(file)).toEqual([
      'edition.json: $.story.quotes.li-hui-cooperation.text: must be one sentence, as in the report',
      'edition.json: $.report.s3: must be one sentence, as in the report',
    ]);
  });

  it('refuse a report sentence that drops a figure or changes a year', () => {
    const file = skeleton();
    file.report.s10 = file.report.s10.replace(mark('28.6 percent'), 'a lot').replace('in 2015', 'in 2014');
    expect(problemsOf(file).filter((p) => p.includes(': $.report.'))).toEqual([
      'edition.json: $.report.s10: "2014" is a number the English text does not type: write numbers as tokens (data/README.md)',
      'edition.json: $.report.s10: must give 28,6\u00a0%, as the report does',
      'edition.json: $.report.s10: must give 2015, as the report does',
    ]);
  });
});

describe('translations that cannot drift', () => {
  const lockOfFile = (code: string) => JSON.parse(readFileSync(lockFile(code), 'utf8')) as Record<string, string>;

  it('stop the build, naming every translation to revisit and the command that accepts it, when an English sentence changes', () => {
    const changed = structuredClone(english);
    const moscow = changed.steps.find((s) => s.id === 'moscow')!;
    moscow.paragraphs[1]!.text = moscow.paragraphs[1]!.text.replace('recent', 'quite recent');
    for (const edition of translated) {
      const read = () =>
        readEditionFile(changed, fileOf(edition.code), edition, translationFile(edition.code), {
          sentences: englishSentences,
          lock: lockOfFile(edition.code),
        });
      expect(read).toThrow(StoryDataError);
      try {
        read();
      } catch (error) {
        expect((error as StoryDataError).problems).toEqual([
          expect.stringMatching(
            new RegExp(
              `^${translationFile(edition.code)}: \\$\\.story\\.steps\\.moscow\\.paragraphs\\.p2: translates English that has changed since: revise it against “.*quite recent.*”, then run npm run translations:accept -- ${edition.code} '\\$\\.story\\.steps\\.moscow\\.paragraphs\\.p2'$`,
            ),
          ),
        ]);
      }
    }
  });

  it('keep every translation with its paragraph when a paragraph is inserted before it: only the new one is asked for', () => {
    const inserted = structuredClone(english);
    const lazada = inserted.steps.find((s) => s.id === 'lazada')!;
    lazada.paragraphs.unshift({ id: 'p0', text: 'A new first paragraph, written after the translations were made.' });
    const file = fileOf('ru') as { story: Record<string, unknown>; report: unknown };
    const { data, problems } = translateStory(inserted, file.story, 'ru', { english: englishSentences, given: file.report });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['$.story.steps.lazada.paragraphs.p0: is missing: translate it']);
    const ru = (file.story as { steps: Record<string, { paragraphs: Record<string, string> }> }).steps.lazada!.paragraphs;
    expect(data.steps.find((s) => s.id === 'lazada')!.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p0', 'A new first paragraph, written after the translations were made.'],
      ['p1', ru.p1],
      ['p2', ru.p2],
    ]);
  });
});
