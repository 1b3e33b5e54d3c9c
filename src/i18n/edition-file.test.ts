// Specs for reading a translated edition: its story file and its catalog held to the English, and to their locks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import englishCatalog from '#data/messages/en.json';
import { catalogFile, editions, translationFile } from './editions.ts';
import { readCatalog, readEdition, type TranslatedFile } from './edition-file.ts';
import { englishSentences } from '#test/support/report.ts';
import { translateStory, translationSkeleton } from './translation.ts';
import { lockFile } from './translation-lock.ts';
import { pseudoCatalog } from './pseudo-locale.ts';
import { editionFormat } from './edition-format.ts';
import type { Catalog } from './messages.ts';
import { StoryDataError, validateStory } from '#src/data/validate.ts';

const english = { data: validateStory(raw), sentences: englishSentences, catalog: englishCatalog as Catalog };
const translated = editions.filter((e) => e.code !== 'en');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const locked = (file: string): TranslatedFile => ({ file, raw: json(file), lock: json(lockFile(file)) as Record<string, string> });
/** The Russian catalog, which every story file here is read with. */
const translatedCatalog = { file: 'messages.json', raw: json(catalogFile('ru')) };
const problemsOf = (story: unknown, catalog: TranslatedFile = translatedCatalog) => {
  try {
    readEdition(english, translated[0]!, { story: { file: 'edition.json', raw: story }, catalog });
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
};
const catalogProblems = (catalog: unknown) => problemsOf(skeleton(), { file: 'messages.json', raw: catalog });

describe.each(translated)('the $name edition’s files', (edition) => {
  it('translate every text of the story and the interface, each as its lock accepted it, and pass every check of a story file', () => {
    const content = readEdition(english, edition, {
      story: locked(translationFile(edition.code)),
      catalog: locked(catalogFile(edition.code)),
    });
    expect(content.data.language).toBe(edition.lang);
    expect(content.data.steps.map((s) => s.id)).toEqual(english.data.steps.map((s) => s.id));
  });
});

// A translation file's parsed JSON, loosely: the tests reach into it by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any nested key of a JSON tree
type Tree = any;

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
  story: mark(translationSkeleton(english.data)),
  report: mark(Object.fromEntries(englishSentences.map((s) => [s.id, s.text]))),
});

describe('a translation file’s checks', () => {
  it('accept a file that holds every text', () => {
    expect(problemsOf(skeleton())).toEqual([]);
  });

  it('name every text left in English', () => {
    const problems = problemsOf({ ...skeleton(), story: translationSkeleton(english.data) });
    expect(problems).toContain(`edition.json: $.story.meta.headline: is the English text: translate it`);
    expect(problems.some((p) => p.includes('$.story.places.moscow'))).toBe(false);
    expect(catalogProblems(english.catalog)).toContain(`messages.json: $.partFailed: is the English text: translate it`);
  });

  it('name a missing text by its path', () => {
    const file = skeleton();
    delete file.story.steps[english.data.steps[1]!.id].paragraphs;
    expect(problemsOf(file)).toEqual([`edition.json: $.story.steps.${english.data.steps[1]!.id}.paragraphs: is missing: translate it`]);
  });

  it('name a missing interface message by its key', () => {
    const catalog = pseudoCatalog(english.catalog) as Tree;
    delete catalog.present.bar.next;
    expect(catalogProblems(catalog)).toEqual(['messages.json: $.present.bar.next: is missing: translate it']);
  });

  it('refuse an id the English story does not have', () => {
    const file = skeleton();
    file.story.places['atlantis'] = { name: 'Atlantis' };
    expect(problemsOf(file)).toEqual(['edition.json: $.story.places.atlantis: is no id of the English story']);
  });

  it('refuse a number typed instead of its token, and a dropped token', () => {
    const file = skeleton();
    const step = english.data.steps.find((s) => s.paragraphs.some((p) => p.text.includes('{volume-2015-cny}')))!;
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
    const step = english.data.steps.find((s) => s.paragraphs.some((p) => p.text.includes('Li Hui')))!;
    file.story.steps[step.id].paragraphs = Object.fromEntries(
      step.paragraphs.map((p) => [p.id, mark(p.text.replaceAll('Li Hui', 'the ambassador'))]),
    );
    expect(problemsOf(file).some((p) => p.includes('the English names Li: name Li too'))).toBe(true);
  });

  it('accept a message kept as in English where it has no words of its own, only values', () => {
    const catalog = pseudoCatalog(english.catalog) as Tree;
    catalog.sources.line = '{publisher}, {place}, {date}.';
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('refuse a message that drops a value, or takes one the English does not', () => {
    const catalog = pseudoCatalog(english.catalog) as Tree;
    catalog.reportedAsRecent = 'reported as recent';
    catalog.present.slide.step = 'Step {n} of {count}';
    expect(catalogProblems(catalog)).toEqual([
      expect.stringContaining('$.reportedAsRecent: must have the English text’s number tokens'),
      expect.stringContaining('$.present.slide.step: must have the English text’s number tokens'),
    ]);
  });

  it('read a plural as the values it takes, whichever forms a language has', () => {
    const catalog = pseudoCatalog(english.catalog) as Tree;
    catalog.mapFrame.claimed = '{count, plural, one {претендует {countries}} few {претендуют {countries}} other {претендуют {countries}}}';
    expect(catalogProblems(catalog)).toEqual([]);
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
    const quote = english.data.quotes.find((q) => q.id === 'li-hui-cooperation')!;
    file.story.quotes[quote.id].text = `${mark(quote.text)}. Zhao Ping thinks so too`;
    expect(problemsOf(file)).toEqual([
      'edition.json: $.story.quotes.li-hui-cooperation.text: must be one sentence, as in the report',
      'edition.json: $.story.quotes.li-hui-cooperation.text: names Zhao, whom the report’s sentence does not name',
      'edition.json: $.story.quotes.li-hui-cooperation.text: must read as it does in the translation of the report’s sentence it comes from ($.report.s3)',
    ]);
  });

  it('refuse a sentence added to a quote and to the report’s sentence alike, which nobody said', () => {
    const file = skeleton();
    const quote = english.data.quotes.find((q) => q.id === 'li-hui-cooperation')!;
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
  it('stop the build when an interface message changes in English, naming its translations', () => {
    const catalog = structuredClone(english.catalog) as Tree;
    catalog.present.bar.next = 'Next slide';
    for (const edition of translated) {
      const file = catalogFile(edition.code);
      const problem = `${file}: $.present.bar.next: translates English that has changed since: revise it against “Next slide”, then run npm run translations:accept -- ${file} '$.present.bar.next'`;
      expect(() => readCatalog(catalog, locked(file))).toThrow(expect.objectContaining({ name: StoryDataError.name, problems: [problem] }));
    }
  });

  it('keep every translation with its paragraph when a paragraph is inserted before it: only the new one is asked for', () => {
    const inserted = structuredClone(english.data);
    const lazada = inserted.steps.find((s) => s.id === 'lazada')!;
    lazada.paragraphs.unshift({ id: 'p0', text: 'A new first paragraph, written after the translations were made.', basis: ['s5'] });
    const file = json(translationFile('ru')) as { story: Record<string, unknown>; report: unknown };
    const format = editionFormat(translated[0]!, json(catalogFile('ru')) as Catalog);
    const { data, problems } = translateStory(inserted, file.story, 'ru', format, { english: englishSentences, given: file.report });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['$.story.steps.lazada.paragraphs.p0: is missing: translate it']);
    const ru = (file.story as { steps: Record<string, { paragraphs: Record<string, string> }> }).steps.lazada!.paragraphs;
    expect(data.steps.find((s) => s.id === 'lazada')!.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p0', 'A new first paragraph, written after the translations were made.'],
      ['p1', ru.p1],
      ['p2', ru.p2],
    ]);
  });
});
