// A language edition's story: the English story (data/story.json) with its words replaced by those of a
// translation file (data/editions/<code>.json). The file holds words only, keyed by the English story's
// ids: ids, numbers, dates, places on the map and graphic states stay in data/story.json, once, so a
// translation cannot change a number or lose a step. What the file must hold is checked here: every English
// text has its translation (no missing string, nothing extra), and each says as much as the English does:
// the same number tokens, no typed number the English lacks, and the same people named.
import { StorySchema, type StoryData, type TextKind } from '#src/data/schema.ts';
import { childSchema, isRecord, isTextItem, textKind, textsOf } from '#src/data/text-fields.ts';
import { tokensIn, withoutTokens } from '#src/data/tokens.ts';
import { deriveStory } from '#src/data/derive-story.ts';
import { englishMonthNames, reportNumber } from '#src/data/report-words.ts';
import type { EditionFormat } from './edition-format.ts';
import { sentenceOf, sentencesOf, type ReportSentence } from '#src/data/report-sentences.ts';
import { familyName } from '#src/data/family-name.ts';
import { messageValues } from './messages.ts';

type Problem = { path: string; message: string };

/** A translation file's story part, as an editor writes it (see data/editions/README.md). */
export type StoryTranslation = Record<string, unknown>;

/** A text of a translation file at its JSON path, with the English it translates. */
export type TranslatedText = { path: string; english: string; text: string; kind?: TextKind };
type Text = TranslatedText;

/**
 * Walks an English value and its translation side by side, by the story's schema: every text field the
 * schema marks is replaced by its translation; a list of items with ids is translated from an object keyed
 * by those ids, so an item keeps its translation wherever it moves in the list; anything with no text
 * (ids, numbers, dates, map positions) is kept from the English. Returns the translated value.
 */
class Translator {
  readonly problems: Problem[] = [];
  readonly texts: Text[] = [];

  text(english: string, given: unknown, path: string, kind?: TextKind): string {
    if (typeof given !== 'string' || given.trim() === '') {
      this.problems.push({ path, message: given === undefined ? 'is missing: translate it' : 'must be a non-empty string' });
      return english;
    }
    // A name ("Lazada") stays as it is; a sentence left in English is a string not yet translated. Words
    // in placeholders ("{publisher}, {place}, {date}.") are not the English's own.
    if (given === english && (withoutTokens(english).match(/\b\p{Ll}{2,}\b/gu) ?? []).length >= 3) {
      this.problems.push({ path, message: 'is the English text: translate it' });
    }
    this.texts.push({ path, english, text: given, ...(kind && { kind }) });
    return given;
  }

  /** The wording's plain objects of strings (the interface's): every string is a text, every key kept. */
  value(english: unknown, given: unknown, path: string): unknown {
    if (typeof english === 'string') return this.text(english, given, path);
    if (!isRecord(english)) return english;
    if (!isRecord(given)) {
      this.problems.push({ path, message: given === undefined ? 'is missing: translate it' : 'must be an object' });
      return english;
    }
    for (const key of Object.keys(given))
      if (!(key in english)) this.problems.push({ path: `${path}.${key}`, message: 'is not a text of the English story' });
    return Object.fromEntries(Object.entries(english).map(([key, item]) => [key, this.value(item, given[key], `${path}.${key}`)]));
  }

  /** `english` (valid against `schema`) translated from `given`. */
  bySchema(schema: unknown, english: unknown, given: unknown, path: string): unknown {
    if (typeof english === 'string') {
      const kind = textKind(schema);
      return kind ? this.text(english, given, path, kind) : english;
    }
    if (!hasText(schema, english)) {
      if (given !== undefined) this.problems.push({ path, message: 'is not a text of the English story' });
      return english;
    }
    // An item that is only a text with an id (a paragraph) is translated as that text.
    if (isTextItem(schema) && isRecord(english) && typeof english.text === 'string')
      return { ...english, text: this.text(english.text, given, path, textKind(childSchema(schema, english, 'text'))) };
    // A missing part is one problem, not one per text in it.
    if (!isRecord(given)) {
      this.problems.push({ path, message: given === undefined ? 'is missing: translate it' : 'must be an object' });
      return english;
    }
    if (Array.isArray(english)) {
      const ids = english.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : ''));
      for (const key of Object.keys(given))
        if (!ids.includes(key)) this.problems.push({ path: `${path}.${key}`, message: 'is no id of the English story' });
      return english.map((item, i) => this.bySchema(childSchema(schema, english, i), item, given[ids[i] ?? ''], `${path}.${ids[i]}`));
    }
    if (!isRecord(english)) return english;
    for (const key of Object.keys(given)) {
      if (!(key in english) || !hasText(childSchema(schema, english, key), english[key]))
        this.problems.push({ path: `${path}.${key}`, message: 'is not a text of the English story' });
    }
    return Object.fromEntries(
      Object.entries(english).map(([key, item]) => [
        key,
        this.bySchema(childSchema(schema, english, key), item, given[key], `${path}.${key}`),
      ]),
    );
  }
}

const hasText = (schema: unknown, value: unknown) => textsOf(schema, value).length > 0;

const typedNumbers = (text: string): string[] => (withoutTokens(text).match(/\d+/g) ?? []).sort();
const sortedTokens = (text: string, tokens: (text: string) => string[] = tokensIn) => tokens(text).sort().join(' ');

/** Whether `text` names `name` as a word (Han script has no spaces between words: there it is a substring). */
function names(text: string, name: string): boolean {
  if (/\p{Script=Han}/u.test(name)) return text.includes(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Han letters may touch a Latin name ("营销总监Yu Ping表示"): only a letter of the name's own kind ends it.
  return new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])${escaped}(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'u').test(text);
}

/** Whether a text is one of the report's sentences, or part of one (translated), rather than our prose. */
const isReportSentence = ({ path, kind }: Pick<Text, 'path' | 'kind'>) => kind === 'report' || path.startsWith('$.report.');

/** Whether `english` names the month (December), or writes it short as the report's dateline does (Dec.). */
const namesMonth = (english: string, name: string) => english.includes(name) || english.includes(`${name.slice(0, 3)}.`);

/**
 * The numbers a translation of `english` may type: those the English types (years, the report's day); a
 * month's number where the English names the month (Chinese writes "12月" for December); and in the report's
 * sentences, which are not prose and type their numbers, the digits of the story's figures as the edition
 * writes them ("7700亿美元" for "770 billion U.S. dollars").
 */
function allowedNumbers(english: string, text: Pick<Text, 'path' | 'kind'>, figureNumbers: string[]): Set<string> {
  const months = englishMonthNames.flatMap((name, i) => (namesMonth(english, name) ? [String(i + 1)] : []));
  return new Set([...typedNumbers(english), ...months, ...(isReportSentence(text) ? figureNumbers : [])]);
}

/**
 * What a translated text must keep of its English: its number tokens, all of them and no others; no typed
 * number the English does not type (a year, the report's day); and every voice the English names (a
 * person, or the report's publisher), so that no claim loses whose it is.
 */
type Voice = { english: string; translated: string };

function faithfulnessProblems(texts: Text[], voices: Voice[], figureNumbers: string[] = [], tokens = tokensIn): Problem[] {
  const problems: Problem[] = [];
  for (const entry of texts) {
    const { path, english, text } = entry;
    if (sortedTokens(english, tokens) !== sortedTokens(text, tokens)) {
      problems.push({
        path,
        message: `must have the English text’s number tokens, no more and no fewer: ${
          tokens(english)
            .map((t) => `{${t}}`)
            .join(' ') || 'none'
        }`,
      });
    }
    const allowed = allowedNumbers(english, entry, figureNumbers);
    for (const number of typedNumbers(text)) {
      if (!allowed.has(number))
        problems.push({
          path,
          message: `"${number}" is a number the English text does not type: write numbers as tokens (data/README.md)`,
        });
    }
    for (const voice of voices) {
      if (names(english, voice.english) && !names(text, voice.translated)) {
        problems.push({ path, message: `the English names ${voice.english}: name ${voice.translated} too, whose words or claim it gives` });
      }
    }
  }
  return problems;
}

/**
 * The English story in the language of `translation`.
 * @param language the edition's language tag, which becomes the story's `language`
 * @returns the translated story data (to validate as any story file is), what is missing or extra in the
 *   file (`problems`), and where a translation says other than its English (`faithfulness`)
 */
export function translateStory(
  english: StoryData,
  translation: StoryTranslation,
  language: string,
  format: EditionFormat,
  report: { english: ReportSentence[]; given: unknown } = { english: [], given: {} },
): { data: StoryData; sentences: ReportSentence[]; texts: TranslatedText[]; problems: Problem[]; faithfulness: Problem[] } {
  const t = new Translator();
  const translated = t.bySchema(StorySchema, english, translation, '$.story') as StoryData;
  const data: StoryData = { ...translated, language };
  const voices = [
    ...english.people.map((p, i) => ({ english: familyName(p.name), translated: familyName(data.people[i]?.name ?? p.name) })),
    ...english.sources.map((s, i) => ({ english: s.publisher, translated: data.sources[i]?.publisher ?? s.publisher })),
  ];
  const figureNumbers = deriveStory(english, format).figures.flatMap((f) =>
    typedNumbers(format.figure(f).stated).concat(typedNumbers(format.figure(f).value)),
  );
  const sentences = translateSentences(t, report.english, report.given);
  return {
    data,
    sentences,
    texts: t.texts,
    problems: t.problems,
    faithfulness: [
      ...faithfulnessProblems(t.texts, voices, figureNumbers),
      ...structureProblems(t.texts, voices, english, language, format),
      ...quoteProblems(english, data, report.english, sentences),
    ],
  };
}

/**
 * The report's words, translated, must say what the English says and no more: as many sentences, every
 * figure and typed number (a year, the report's day) of the English written the edition's way, and no
 * person or publisher the English does not name, so a sentence nobody said cannot slip into a quote.
 */
function structureProblems(texts: Text[], voices: Voice[], english: StoryData, language: string, format: EditionFormat): Problem[] {
  const figures = deriveStory(english, format).figures.filter((f) => f.kind !== 'derived');
  return texts
    .filter((entry) => isReportSentence(entry))
    .flatMap(({ path, english: words, text }) => {
      const problems: Problem[] = [];
      const count = sentencesOf(words).length;
      if (sentencesOf(text, language).length !== count)
        problems.push({ path, message: `must be ${count === 1 ? 'one sentence' : `${count} sentences`}, as in the report` });
      const given = typedNumbers(text);
      const named = figures.filter((f) => words.includes(`${reportNumber(f.value)} ${f.unit}`));
      const values = new Set(named.map((f) => reportNumber(f.value)));
      const required = [
        ...named.map((f) => ({ what: format.figure(f).stated, numbers: typedNumbers(format.figure(f).stated) })),
        ...(withoutTokens(words).match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !values.has(n)).map((n) => ({ what: n, numbers: [n] })),
      ];
      for (const { what, numbers } of required)
        if (!numbers.every((n) => given.includes(n))) problems.push({ path, message: `must give ${what}, as the report does` });
      for (const voice of voices)
        if (names(text, voice.translated) && !names(words, voice.english))
          problems.push({ path, message: `names ${voice.translated}, whom the report’s sentence does not name` });
      return problems;
    });
}

/** The report's sentences in the edition's language, from the file's `report` part keyed by sentence id. */
function translateSentences(t: Translator, english: ReportSentence[], given: unknown): ReportSentence[] {
  if (english.length === 0) return [];
  const source = isRecord(given) ? given : {};
  if (!isRecord(given)) t.problems.push({ path: '$.report', message: 'is missing: the report’s sentences by id ("s1": …)' });
  for (const key of Object.keys(source))
    if (!english.some((s) => s.id === key)) t.problems.push({ path: `$.report.${key}`, message: 'is no sentence of the report' });
  return english.map((s) => ({ id: s.id, text: t.text(s.text, source[s.id], `$.report.${s.id}`) }));
}

/** For comparing a quote with its sentence: case and a closing full stop do not matter. */
const comparable = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/[.。]$/u, '')
    .trim();

/**
 * A quote, or a figure's or event's sentence, shown in the edition must read as it does in the edition's
 * translation of the report's sentence that holds it, so no translated quote says more or other than the
 * sentence it comes from.
 */
function quoteProblems(english: StoryData, data: StoryData, englishSentences: ReportSentence[], sentences: ReportSentence[]): Problem[] {
  if (sentences.length === 0) return [];
  const quoted = [
    ...english.figures.flatMap((f, i) => {
      const translated = data.figures[i];
      return f.kind === 'derived' || translated?.kind === 'derived'
        ? []
        : [{ path: `$.story.figures.${f.id}.quote`, english: f.quote, text: translated?.quote ?? '' }];
    }),
    ...english.events.map((e, i) => ({ path: `$.story.events.${e.id}.quote`, english: e.quote, text: data.events[i]?.quote ?? '' })),
    ...english.quotes.map((q, i) => ({ path: `$.story.quotes.${q.id}.text`, english: q.text, text: data.quotes[i]?.text ?? '' })),
  ];
  return quoted.flatMap(({ path, english: words, text }) => {
    const id = sentenceOf(englishSentences, words);
    const sentence = sentences.find((s) => s.id === id)?.text;
    if (id === undefined || sentence === undefined || comparable(sentence).includes(comparable(text))) return [];
    return [{ path, message: `must read as it does in the translation of the report’s sentence it comes from ($.report.${id})` }];
  });
}

/**
 * An edition's catalog (data/messages/<code>.json) against the English one: the same keys, every message
 * translated, taking the same values (ICU's `{names}`), and no typed number the English lacks.
 */
export function translateWording<T>(
  english: T,
  given: unknown,
  path: string,
): { wording: T; texts: TranslatedText[]; problems: Problem[] } {
  const t = new Translator();
  const wording = t.value(english, given, path) as T;
  return { wording, texts: t.texts, problems: [...t.problems, ...faithfulnessProblems(t.texts, [], [], messageValues)] };
}

/**
 * A translation file's story part with every English text at its place, as `translate` makes it: the
 * English itself, for a translator to replace, or a machine's (the pseudo-locale's).
 */
export function translationSkeleton(
  english: StoryData,
  translate: (text: string, kind: TextKind) => string = (text) => text,
): StoryTranslation {
  const skeleton = (schema: unknown, value: unknown): unknown => {
    if (typeof value === 'string') {
      const kind = textKind(schema);
      return kind ? translate(value, kind) : undefined;
    }
    if (!hasText(schema, value)) return undefined;
    if (isTextItem(schema) && isRecord(value) && typeof value.text === 'string')
      return translate(value.text, textKind(childSchema(schema, value, 'text')) ?? 'prose');
    const parts = Array.isArray(value)
      ? value.map((item, i) => [isRecord(item) ? item.id : i, skeleton(childSchema(schema, value, i), item)])
      : Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, skeleton(childSchema(schema, value, key), item)]);
    return Object.fromEntries(parts.filter(([, part]) => part !== undefined));
  };
  return skeleton(StorySchema, english) as StoryTranslation;
}
