// The editions the build makes, each read from its files and checked: English from the story file
// (data/story.json) against its report, with its catalog (data/messages/en.json); the others from their
// translation files (data/editions/<code>.json, data/messages/<code>.json) applied to it, each held to its
// lock. Read once per build (site-editions.ts), for the data files, the pages, the fonts and the offline files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoryData } from '#src/data/schema.ts';
import { deriveStory, type Story } from '#src/data/derive-story.ts';
import { sourceProblems, type Problem, type Reports } from '#src/data/source-checks.ts';
import { StoryDataError, validateStory } from '#src/data/validate.ts';
import { reportSentences, type ReportSentence } from '#src/data/report-sentences.ts';
import { publishedIdProblems } from '#src/data/published-ids.ts';
import { catalogFile, editions, englishEdition, translationFile, type EditionEntry } from '#src/i18n/editions.ts';
import { readEdition, type TranslatedFile } from '#src/i18n/edition-file.ts';
import { editionFormat, type EditionFormat } from '#src/i18n/edition-format.ts';
import type { Catalog } from '#src/i18n/messages.ts';
import { lockFile, type TranslationLock } from '#src/i18n/translation-lock.ts';
import { pseudoCatalog, pseudoEdition, pseudoFormat, pseudoStory } from '#src/i18n/pseudo-locale.ts';
import { readStoryJson, storyFile } from '../story-file.ts';
import publishedStepIds from '#data/published-step-ids.json' with { type: 'json' };

/** One edition as the build reads it: what its page, its data files and its fonts are made from. */
export type BuiltEdition = {
  entry: EditionEntry;
  /** The story data as the edition's files give it, served as its data/story.json (English: the file as written). */
  raw: unknown;
  data: StoryData;
  /** The story the page shows: derived figures computed, number tokens written the edition's way. */
  story: Story;
  /** How the edition writes numbers and words (its catalog's messages). */
  format: EditionFormat;
  catalog: Catalog;
  /** Every sentence of the report, in the edition's language (English: as the report wrote them). */
  sentences: ReportSentence[];
};

/**
 * The text of each source's report, from the project's data/ folder (where the real story file is; a copy
 * under test, named by STORY_FILE, is checked against the same reports).
 */
function readReports(root: string, data: StoryData, problems: Problem[]): Reports {
  const reports: Reports = {};
  data.sources.forEach((source, i) => {
    if (!source.file) return problems.push({ path: `$.sources[${i}].file`, message: 'is missing: the build checks the story against it' });
    try {
      reports[source.id] = readFileSync(resolve(root, 'data', source.file), 'utf8');
    } catch {
      problems.push({ path: `$.sources[${i}].file`, message: `cannot be read (data/${source.file})` });
    }
  });
  return reports;
}

/**
 * The English story file validated and checked against its reports, its numbers written by `format`.
 * @throws StoryDataError, StoryFileError
 */
export function readEnglish(root: string, format: EditionFormat): { raw: unknown; data: StoryData; sentences: ReportSentence[] } {
  const raw = readStoryJson(root);
  const data = validateStory(raw, storyFile());
  const problems: Problem[] = [];
  const reports = readReports(root, data, problems);
  problems.push(...sourceProblems(data, reports, format), ...publishedIdProblems(data, publishedStepIds));
  if (problems.length > 0) throw new StoryDataError(storyFile(), problems);
  return { raw, data, sentences: reportSentences(reports[data.meta.source] ?? '') };
}

/** What a build makes: the editions of data/editions.json, and the pseudo-locale too where `pseudo`. */
export type BuildOptions = { pseudo: boolean };

/** The build's options from its environment: PSEUDO_LOCALE=1 adds the pseudo-locale (the tests' build). */
export const buildOptions = (): BuildOptions => ({ pseudo: Boolean(process.env.PSEUDO_LOCALE) });

/**
 * The editions this build makes, or English alone for a copy of the story file under test (STORY_FILE, set
 * only by the build's own tests: the translations are of the real story, and would only report that the
 * copy differs).
 */
export function builtEntries({ pseudo }: BuildOptions = buildOptions()): EditionEntry[] {
  if (process.env.STORY_FILE) return editions.slice(0, 1);
  return pseudo ? [...editions, pseudoEdition] : [...editions];
}

/** A file of the project, read as the build reads a translation: its name for messages, its JSON, its lock. */
function translated(root: string, file: string): TranslatedFile {
  const lock = JSON.parse(readFileSync(resolve(root, lockFile(file)), 'utf8')) as TranslationLock;
  return { file, raw: readStoryJson(root, file), lock };
}

/**
 * Every edition, checked.
 * @throws StoryDataError with every mistake of every translated edition (a changed English sentence
 *   names its translations in all of them), or of the English story file first; StoryFileError
 */
export function readEditions(root: string, options: BuildOptions = buildOptions()): BuiltEdition[] {
  const englishCatalog = readStoryJson(root, catalogFile('en')) as Catalog;
  const englishFormat = editionFormat(englishEdition, englishCatalog);
  const english = readEnglish(root, englishFormat);
  const errors: StoryDataError[] = [];
  const built = builtEntries(options).flatMap((entry): BuiltEdition[] => {
    if (entry.code === 'en') {
      const format = englishFormat;
      return [
        {
          entry,
          raw: english.raw,
          data: english.data,
          story: deriveStory(english.data, format),
          format,
          catalog: englishCatalog,
          sentences: english.sentences,
        },
      ];
    }
    const pseudo = entry === pseudoEdition;
    const files = pseudo
      ? {
          story: { file: 'the pseudo-locale', raw: pseudoStory(english.data, english.sentences) },
          catalog: { file: 'the pseudo-locale’s catalog', raw: pseudoCatalog(englishCatalog) },
        }
      : { story: translated(root, translationFile(entry.code)), catalog: translated(root, catalogFile(entry.code)) };
    try {
      const { data, sentences, catalog, format } = readEdition({ ...english, catalog: englishCatalog }, entry, files, {
        machine: pseudo,
        ...(pseudo && { format: pseudoFormat }),
      });
      return [{ entry, raw: data, data, story: deriveStory(data, format), format, catalog, sentences }];
    } catch (error) {
      if (!(error instanceof StoryDataError)) throw error;
      errors.push(error);
      return [];
    }
  });
  if (errors.length > 0) throw StoryDataError.of(errors);
  return built;
}
