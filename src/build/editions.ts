// The editions the build makes, each read from its file and checked: English from the story file
// (data/story.json) against its report, the others from their translation files (data/editions/) applied to
// it. One reader for the data files (story-data-plugin.ts), the pages (prerender-plugin.ts) and the
// offline files (offline-plugin.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoryData } from '#src/data/schema.ts';
import { deriveStory, type Story } from '#src/data/derive-story.ts';
import { sourceProblems, type Problem, type Reports } from '#src/data/source-checks.ts';
import { StoryDataError, validateStory } from '#src/data/validate.ts';
import { editions, translationFile, type Edition } from '#src/data/editions.ts';
import { readEditionFile } from '#src/data/edition-file.ts';
import { englishStrings, type Wording } from '#src/lib/strings.ts';
import { readStoryJson, storyFile } from './story-file.ts';
import { reportSentences, type ReportSentence } from '#src/data/report-sentences.ts';
import { publishedIdProblems } from '#src/data/published-ids.ts';
import { lockFile, type TranslationLock } from '#src/data/translation-lock.ts';
import publishedStepIds from '#data/published-step-ids.json' with { type: 'json' };
import { addEditionLocales } from '#src/data/locale-words.ts';

// The build derives and checks every edition's story in its own language.
addEditionLocales();

export type BuiltEdition = {
  edition: Edition;
  /** The story data the page carries inline and serves as data/story.json: the file as written for English. */
  raw: unknown;
  story: Story;
  /** The interface's wording, which the page carries (English's is the code's: src/lib/strings.ts). */
  wording: Wording;
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

/** The English story file validated and checked against its reports. @throws StoryDataError, StoryFileError */
function englishEdition(root: string): { raw: unknown; data: StoryData; sentences: ReportSentence[] } {
  const raw = readStoryJson(root);
  const data = validateStory(raw, storyFile());
  const problems: Problem[] = [];
  const reports = readReports(root, data, problems);
  problems.push(...sourceProblems(data, reports), ...publishedIdProblems(data, publishedStepIds));
  if (problems.length > 0) throw new StoryDataError(storyFile(), problems);
  return { raw, data, sentences: reportSentences(reports[data.meta.source] ?? '') };
}

/** The editions this build makes: all of them, or English alone for a copy of the story file under test. */
export const builtEditions = (): readonly Edition[] => (process.env.STORY_FILE ? editions.slice(0, 1) : editions);

/**
 * Every edition, checked. A copy of the story file under test (STORY_FILE, set only by the build's own
 * tests) is built in English alone: the translations are of the real story, and would only report that the
 * copy differs from it.
 * @throws StoryDataError, StoryFileError: the first file with a mistake, with every mistake in it
 */
export function readEditions(root: string): BuiltEdition[] {
  const english = englishEdition(root);
  const built: BuiltEdition[] = [];
  for (const edition of builtEditions()) {
    if (edition.code === 'en') {
      built.push({
        edition,
        raw: english.raw,
        story: deriveStory(english.data, english.sentences),
        wording: { interface: englishStrings },
      });
      continue;
    }
    const file = translationFile(edition.code);
    const lock = JSON.parse(readFileSync(resolve(root, lockFile(edition.code)), 'utf8')) as TranslationLock;
    const { data, sentences, wording } = readEditionFile(english.data, readStoryJson(root, file), edition, file, {
      sentences: english.sentences,
      lock,
    });
    built.push({ edition, raw: data, story: deriveStory(data, sentences), wording });
  }
  return built;
}
