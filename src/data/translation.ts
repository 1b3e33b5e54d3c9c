// A language edition's story: the English story (data/story.json) with its words replaced by those of a
// translation file (data/editions/<code>.json). The file holds words only, keyed by the English story's
// ids: ids, numbers, dates, places on the map and graphic states stay in data/story.json, once, so a
// translation cannot change a number or lose a step. What the file must hold is checked here: every English
// text has its translation (no missing string, nothing extra), and each says as much as the English does:
// the same number tokens, no typed number the English lacks, and the same people named.
import type { StoryData } from './schema.ts';
import { tokensIn, withoutTokens } from './tokens.ts';
import { deriveStory } from './derive-story.ts';
import { englishMonthNames, formatNumber, formatStated, localeOf } from './format.ts';
import { sentenceOf, sentencesOf, type ReportSentence } from './report-sentences.ts';
import { familyName } from './family-name.ts';

type Problem = { path: string; message: string };

/** The parts of a story whose items have ids, and which of their fields are words to translate. */
const itemFields = {
  sources: ['publisher', 'title', 'place', 'editor'],
  people: ['name', 'role'],
  places: ['name'],
  figures: ['label', 'attribution', 'quote', 'method'],
  events: ['title', 'summary', 'quote'],
  quotes: ['text'],
} as const;

const metaFields = ['kicker', 'headline', 'dek', 'credit', 'shareImageAlt'] as const;
const graphicFields = ['title', 'caption'] as const;
const stateFields = ['description', 'note'] as const;
const stepFields = ['kicker', 'paragraphs', 'glosses'] as const;

/** A translation file's story part, as an editor writes it (see data/editions/README.md). */
export type StoryTranslation = Record<string, unknown>;

type Text = { path: string; english: string; text: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Walks an English value and its translation side by side: strings are replaced, arrays must have the same
 * length, objects the same keys (of those `fields` allows). Returns the translated value.
 */
class Translator {
  readonly problems: Problem[] = [];
  readonly texts: Text[] = [];

  text(english: string, given: unknown, path: string): string {
    if (typeof given !== 'string' || given.trim() === '') {
      this.problems.push({ path, message: given === undefined ? 'is missing: translate it' : 'must be a non-empty string' });
      return english;
    }
    // A name ("Lazada") stays as it is; a sentence left in English is a string not yet translated. Words
    // in placeholders ("{publisher}, {place}, {date}.") are not the English's own.
    if (given === english && (withoutTokens(english).match(/\b\p{Ll}{2,}\b/gu) ?? []).length >= 3) {
      this.problems.push({ path, message: 'is the English text: translate it' });
    }
    this.texts.push({ path, english, text: given });
    return given;
  }

  value(english: unknown, given: unknown, path: string): unknown {
    if (typeof english === 'string') return this.text(english, given, path);
    if (Array.isArray(english)) {
      if (given === undefined) {
        this.problems.push({ path, message: 'is missing: translate it' });
        return english;
      }
      if (!Array.isArray(given) || given.length !== english.length) {
        this.problems.push({ path, message: `must be a list of ${english.length}, as in the English story` });
        return english;
      }
      return english.map((item, i) => this.value(item, given[i], `${path}[${i}]`));
    }
    if (isRecord(english)) return this.fields(english, given, path, Object.keys(english));
    return english;
  }

  /** `english` with its `fields` translated from `given`; other fields kept. */
  fields<T extends Record<string, unknown>>(english: T, given: unknown, path: string, fields: readonly string[]): T {
    // A missing part is one problem, not one per text in it.
    if (!isRecord(given)) {
      this.problems.push({ path, message: given === undefined ? 'is missing: translate it' : 'must be an object' });
      return { ...english };
    }
    const source = given;
    const out: Record<string, unknown> = { ...english };
    for (const key of fields) if (key in english) out[key] = this.value(english[key], source[key], `${path}.${key}`);
    for (const key of Object.keys(source)) {
      if (!fields.includes(key) || !(key in english))
        this.problems.push({ path: `${path}.${key}`, message: 'is not a text of the English story' });
    }
    return out as T;
  }

  /** A list of items with ids, translated from an object keyed by those ids. */
  items<T extends { id: string }>(english: T[], given: unknown, path: string, fields: readonly string[]): T[] {
    const source = isRecord(given) ? given : {};
    if (!isRecord(given)) this.problems.push({ path, message: 'is missing: an object keyed by the English ids' });
    const ids = new Set(english.map((item) => item.id));
    for (const key of Object.keys(source))
      if (!ids.has(key)) this.problems.push({ path: `${path}.${key}`, message: 'is no id of the English story' });
    return english.map((item) => this.fields(item, source[item.id], `${path}.${item.id}`, fields));
  }

  /** A record of objects (graphics, graphic states), translated key by key. */
  record<T extends Record<string, Record<string, unknown>>>(english: T, given: unknown, path: string, fields: readonly string[]): T {
    const source = isRecord(given) ? given : {};
    if (!isRecord(given)) this.problems.push({ path, message: 'is missing: an object keyed as in the English story' });
    for (const key of Object.keys(source))
      if (!(key in english)) this.problems.push({ path: `${path}.${key}`, message: 'is no key of the English story' });
    return Object.fromEntries(
      Object.entries(english).map(([key, item]) => [key, this.fields(item, source[key], `${path}.${key}`, fields)]),
    ) as T;
  }
}

const typedNumbers = (text: string): string[] => (withoutTokens(text).match(/\d+/g) ?? []).sort();
const sortedTokens = (text: string) => tokensIn(text).sort().join(' ');

/** Whether `text` names `name` as a word (Han script has no spaces between words: there it is a substring). */
function names(text: string, name: string): boolean {
  if (/\p{Script=Han}/u.test(name)) return text.includes(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Han letters may touch a Latin name ("营销总监Yu Ping表示"): only a letter of the name's own kind ends it.
  return new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])${escaped}(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'u').test(text);
}

/** Whether a path is one of the report's sentences (translated), rather than our prose. */
const isReportSentence = (path: string) =>
  path.startsWith('$.report.') || (/\.(quote|text)$/.test(path) && /\.(figures|events|quotes)\./.test(path));

/** Whether `english` names the month (December), or writes it short as the report's dateline does (Dec.). */
const namesMonth = (english: string, name: string) => english.includes(name) || english.includes(`${name.slice(0, 3)}.`);

/**
 * The numbers a translation of `english` may type: those the English types (years, the report's day); a
 * month's number where the English names the month (Chinese writes "12月" for December); and in the report's
 * sentences, which are not prose and type their numbers, the digits of the story's figures as the edition
 * writes them ("7700亿美元" for "770 billion U.S. dollars").
 */
function allowedNumbers(english: string, path: string, figureNumbers: string[]): Set<string> {
  const months = englishMonthNames.flatMap((name, i) => (namesMonth(english, name) ? [String(i + 1)] : []));
  return new Set([...typedNumbers(english), ...months, ...(isReportSentence(path) ? figureNumbers : [])]);
}

/**
 * What a translated text must keep of its English: its number tokens, all of them and no others; no typed
 * number the English does not type (a year, the report's day); and every voice the English names (a
 * person, or the report's publisher), so that no claim loses whose it is.
 */
type Voice = { english: string; translated: string };

function faithfulnessProblems(texts: Text[], voices: Voice[], figureNumbers: string[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const { path, english, text } of texts) {
    if (sortedTokens(english) !== sortedTokens(text)) {
      problems.push({
        path,
        message: `must have the English text’s number tokens, no more and no fewer: ${
          tokensIn(english)
            .map((t) => `{${t}}`)
            .join(' ') || 'none'
        }`,
      });
    }
    const allowed = allowedNumbers(english, path, figureNumbers);
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
 * @returns the translated story data (to validate as any story file is) and what is wrong with the file
 */
export function translateStory(
  english: StoryData,
  translation: StoryTranslation,
  language: string,
  report: { english: ReportSentence[]; given: unknown } = { english: [], given: {} },
): { data: StoryData; sentences: ReportSentence[]; problems: Problem[] } {
  const t = new Translator();
  const at = '$.story';
  const data: StoryData = {
    ...english,
    language,
    meta: t.fields(english.meta, translation.meta, `${at}.meta`, metaFields),
    sources: t.items(english.sources, translation.sources, `${at}.sources`, itemFields.sources),
    people: t.items(english.people, translation.people, `${at}.people`, itemFields.people),
    places: t.items(english.places, translation.places, `${at}.places`, itemFields.places),
    figures: t.items(english.figures, translation.figures, `${at}.figures`, itemFields.figures),
    events: t.items(english.events, translation.events, `${at}.events`, itemFields.events),
    quotes: t.items(english.quotes, translation.quotes, `${at}.quotes`, itemFields.quotes),
    graphics: t.record(english.graphics, translation.graphics, `${at}.graphics`, graphicFields),
    graphicStates: t.record(english.graphicStates, translation.graphicStates, `${at}.graphicStates`, stateFields),
    steps: t.items(english.steps, translation.steps, `${at}.steps`, stepFields),
    method: t.value(english.method, translation.method, `${at}.method`) as string[],
    gaps: t.value(english.gaps, translation.gaps, `${at}.gaps`) as string[],
  };
  const known = new Set([
    'meta',
    'sources',
    'people',
    'places',
    'figures',
    'events',
    'quotes',
    'graphics',
    'graphicStates',
    'steps',
    'method',
    'gaps',
  ]);
  for (const key of Object.keys(translation))
    if (!known.has(key)) t.problems.push({ path: `${at}.${key}`, message: 'is not a part of the story' });
  const voices = [
    ...english.people.map((p, i) => ({ english: familyName(p.name), translated: familyName(data.people[i]?.name ?? p.name) })),
    ...english.sources.map((s, i) => ({ english: s.publisher, translated: data.sources[i]?.publisher ?? s.publisher })),
  ];
  const locale = localeOf(language);
  const figureNumbers = deriveStory(english).figures.flatMap((f) =>
    typedNumbers(formatStated(f, locale)).concat(typedNumbers(formatNumber(f.value, locale))),
  );
  const sentences = translateSentences(t, report.english, report.given);
  return {
    data,
    sentences,
    problems: [
      ...t.problems,
      ...faithfulnessProblems(t.texts, voices, figureNumbers),
      ...structureProblems(t.texts, voices, english, language),
      ...quoteProblems(english, data, report.english, sentences),
    ],
  };
}

/**
 * The report's words, translated, must say what the English says and no more: as many sentences, every
 * figure and typed number (a year, the report's day) of the English written the edition's way, and no
 * person or publisher the English does not name, so a sentence nobody said cannot slip into a quote.
 */
function structureProblems(texts: Text[], voices: Voice[], english: StoryData, language: string): Problem[] {
  const locale = localeOf(language);
  const figures = deriveStory(english).figures.filter((f) => f.kind !== 'derived');
  return texts
    .filter(({ path }) => isReportSentence(path))
    .flatMap(({ path, english: words, text }) => {
      const problems: Problem[] = [];
      const count = sentencesOf(words).length;
      if (sentencesOf(text, language).length !== count)
        problems.push({ path, message: `must be ${count === 1 ? 'one sentence' : `${count} sentences`}, as in the report` });
      const given = typedNumbers(text);
      const named = figures.filter((f) => words.includes(`${formatNumber(f.value, 'en')} ${f.unit}`));
      const values = new Set(named.map((f) => formatNumber(f.value, 'en')));
      const required = [
        ...named.map((f) => ({ what: formatStated(f, locale), numbers: typedNumbers(formatStated(f, locale)) })),
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
 * Interface wording (src/lib/strings.ts) in another language: the same keys, every string translated, with
 * the same `{placeholders}` and no typed number the English lacks.
 */
export function translateWording<T>(english: T, given: unknown, path: string): { wording: T; problems: Problem[] } {
  const t = new Translator();
  const wording = t.value(english, given, path) as T;
  return { wording, problems: [...t.problems, ...faithfulnessProblems(t.texts, [])] };
}

/** A translation file's skeleton: every English text at its place, for a translator to replace. */
export function translationSkeleton(english: StoryData): StoryTranslation {
  const pick = (item: Record<string, unknown>, fields: readonly string[]) =>
    Object.fromEntries(fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));
  const byId = <T extends { id: string }>(list: T[], fields: readonly string[]) =>
    Object.fromEntries(list.map((item) => [item.id, pick(item, fields)]));
  const byKey = (record: Record<string, Record<string, unknown>>, fields: readonly string[]) =>
    Object.fromEntries(Object.entries(record).map(([key, item]) => [key, pick(item, fields)]));
  return {
    meta: pick(english.meta, metaFields),
    sources: byId(english.sources, itemFields.sources),
    people: byId(english.people, itemFields.people),
    places: byId(english.places, itemFields.places),
    figures: byId(english.figures, itemFields.figures),
    events: byId(english.events, itemFields.events),
    quotes: byId(english.quotes, itemFields.quotes),
    graphics: byKey(english.graphics, graphicFields),
    graphicStates: byKey(english.graphicStates, stateFields),
    steps: byId(english.steps, stepFields),
    method: english.method,
    gaps: english.gaps,
  };
}
