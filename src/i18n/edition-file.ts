// A translated edition read into its story and its wording: its story file (data/editions/<code>.json)
// applied to the English story and validated as any story file is, and its catalog (data/messages/<code>.json)
// checked against the English one key by key; each held to its lock (translation-lock.ts). One gate for the
// build (src/build/editions.ts) and the tests.
import * as v from 'valibot';
import type { StoryData } from '#src/data/schema.ts';
import { StoryDataError, validateStory } from '#src/data/validate.ts';
import type { ReportSentence } from '#src/data/report-sentences.ts';
import { translateStory, translateWording, type TranslatedText } from './translation.ts';
import { staleProblems, type TranslationLock } from './translation-lock.ts';
import { editionFormat, type EditionFormat } from './edition-format.ts';
import type { Catalog } from './messages.ts';
import type { EditionEntry } from './editions.ts';

const EditionFileSchema = v.strictObject({
  language: v.string(),
  story: v.record(v.string(), v.unknown()),
  /** The report's sentences in the edition's language, by id ("s1"): src/data/report-sentences.ts. */
  report: v.unknown(),
});

/** A translated file as the build reads it: its name for messages, its parsed JSON and its lock. */
export type TranslatedFile = { file: string; raw: unknown; lock?: TranslationLock };

export type EditionContent = {
  data: StoryData;
  sentences: ReportSentence[];
  catalog: Catalog;
  format: EditionFormat;
  /** Every translated text of each file, by file: what its lock records. */
  texts: { story: TranslatedText[]; catalog: TranslatedText[] };
};

/** The edition's catalog, checked against the English key by key. @throws StoryDataError */
export function readCatalog(englishCatalog: Catalog, { file, raw, lock }: TranslatedFile): { catalog: Catalog; texts: TranslatedText[] } {
  const { wording, texts, problems } = translateWording(englishCatalog, raw, '$');
  if (lock) problems.push(...staleProblems(texts, lock, file));
  if (problems.length > 0) throw new StoryDataError(file, problems);
  return { catalog: wording, texts };
}

/**
 * The edition's story, report sentences and wording from its files.
 * @param story its story file; without a lock, staleness is not checked
 * @param machine for a file a machine made from the English (the pseudo-locale): only what is missing or extra counts
 * @param format rewrites how the edition writes numbers and dates (the pseudo-locale's, pseudo-locale.ts)
 * @throws StoryDataError naming the file, the JSON path and each problem (a missing or extra string, a
 *   number token dropped, a typed number, a voice not named, a translation of English that has changed
 *   since, or anything a story file may not have)
 */
export function readEdition(
  english: { data: StoryData; sentences: ReportSentence[]; catalog: Catalog },
  edition: EditionEntry,
  files: { story: TranslatedFile; catalog: TranslatedFile },
  { machine = false, format: rewrite = (format: EditionFormat) => format } = {},
): EditionContent {
  const { story } = files;
  const words = readCatalog(english.catalog, files.catalog);
  const format = rewrite(editionFormat(edition, words.catalog));
  const parsed = v.safeParse(EditionFileSchema, story.raw);
  if (!parsed.success) {
    throw new StoryDataError(story.file, [{ path: '$', message: 'must be { "language", "story", "report" } (data/editions/README.md)' }]);
  }
  const problems = [];
  if (parsed.output.language !== edition.lang) problems.push({ path: '$.language', message: `must be "${edition.lang}"` });
  const translated = translateStory(english.data, parsed.output.story, edition.lang, format, {
    english: english.sentences,
    given: parsed.output.report,
  });
  // A machine's transform of the English (the pseudo-locale) is no translator's work to hold to its English.
  problems.push(...translated.problems, ...(machine ? [] : translated.faithfulness));
  if (story.lock) problems.push(...staleProblems(translated.texts, story.lock, story.file));
  if (problems.length > 0) throw new StoryDataError(story.file, problems);
  // The translated story is held to every rule of a story file, paths as in the English one.
  const data = validateStory(translated.data, `${story.file} (applied to data/story.json)`);
  return {
    data,
    sentences: translated.sentences,
    catalog: words.catalog,
    format,
    texts: { story: translated.texts, catalog: words.texts },
  };
}
