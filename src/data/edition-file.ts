// An edition's file (data/editions/<code>.json) read into the edition's story and wording: the translation
// applied to the English story, validated as any story file is, and its interface wording checked against
// the English key by key. One gate for the build (src/build/story-data-plugin.ts) and the tests.
import * as v from 'valibot';
import type { StoryData } from './schema.ts';
import { StoryDataError, validateStory } from './validate.ts';
import { translateStory, translateWording, type TranslatedText } from './translation.ts';
import { staleProblems, type TranslationLock } from './translation-lock.ts';
import type { Edition } from './editions.ts';
import type { ReportSentence } from './report-sentences.ts';
import { addEditionLocales, localeWords } from './locale-words.ts';
import { localeOf, type Locale } from './format.ts';

// The checks format the story's figures in the edition's language.
addEditionLocales();
import { englishStrings, type Wording } from '#src/lib/strings.ts';
import { englishPresentStrings } from '#src/lib/present-strings.ts';
import { englishDeferredStrings } from '#src/lib/deferred-strings.ts';

const EditionFileSchema = v.strictObject({
  language: v.string(),
  story: v.record(v.string(), v.unknown()),
  interface: v.unknown(),
  presentation: v.unknown(),
  deferred: v.unknown(),
  /** The report's sentences in the edition's language, by id ("s1"): src/data/report-sentences.ts. */
  report: v.unknown(),
});

export type EditionContent = { data: StoryData; sentences: ReportSentence[]; wording: Wording; texts: TranslatedText[] };

/**
 * The edition's story data and wording from its file's parsed JSON.
 * @param file the file's name for messages ("data/editions/ru.json")
 * @param lock the edition's lock file (translation-lock.ts); without it, staleness is not checked
 * @throws StoryDataError naming the file, the JSON path and each problem (a missing or extra string, a
 *   number token dropped, a typed number, a voice not named, a translation of English that has changed
 *   since, or anything a story file may not have)
 */
export function readEditionFile(
  english: StoryData,
  raw: unknown,
  edition: Edition,
  file: string,
  { sentences: englishSentences, lock }: { sentences: ReportSentence[]; lock?: TranslationLock },
): EditionContent {
  const parsed = v.safeParse(EditionFileSchema, raw);
  if (!parsed.success) {
    throw new StoryDataError(file, [
      {
        path: '$',
        message: 'must be { "language", "story", "report", "interface", "presentation", "deferred" } (data/editions/README.md)',
      },
    ]);
  }
  const problems = [];
  if (parsed.output.language !== edition.lang) problems.push({ path: '$.language', message: `must be "${edition.lang}"` });
  const story = translateStory(english, parsed.output.story, edition.lang, { english: englishSentences, given: parsed.output.report });
  const ui = translateWording(englishStrings, parsed.output.interface, '$.interface');
  const presentation = translateWording(englishPresentStrings, parsed.output.presentation, '$.presentation');
  const deferred = translateWording(englishDeferredStrings, parsed.output.deferred, '$.deferred');
  problems.push(...story.problems, ...ui.problems, ...presentation.problems, ...deferred.problems);
  const texts = [...story.texts, ...ui.texts, ...presentation.texts, ...deferred.texts];
  if (lock) problems.push(...staleProblems(texts, lock, edition.code));
  if (problems.length > 0) throw new StoryDataError(file, problems);
  // The translated story is held to every rule of a story file, paths as in the English one.
  const data = validateStory(story.data, `${file} (applied to data/story.json)`);
  const format = localeWords[localeOf(edition.lang) as Exclude<Locale, 'en'>];
  return {
    data,
    sentences: story.sentences,
    wording: { interface: ui.wording, presentation: presentation.wording, deferred: deferred.wording, format },
    texts,
  };
}
