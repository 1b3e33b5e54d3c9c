// Records, for an edition's translations, the English they were made from (translation-lock.ts): run by
// `npm run translations:accept -- <code> [path …]` once a translator has revised them. Without paths it
// accepts every translation of the edition as it stands (when a translation is first made).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEditionFile } from '#src/data/edition-file.ts';
import { editions, translationFile } from '#src/data/editions.ts';
import { lockFile, lockOf, type TranslationLock } from '#src/data/translation-lock.ts';
import { reportSentences } from '#src/data/report-sentences.ts';
import { validateStory } from '#src/data/validate.ts';
import { readStoryJson } from './story-file.ts';

/** Accepts the edition's translations at `paths` (all of them when none is given); returns the paths accepted. */
export function acceptTranslations(root: string, code: string, paths: readonly string[]): string[] {
  const edition = editions.find((e) => e.code === code && e.code !== 'en');
  if (!edition) throw new Error(`No translated edition "${code}" (${editions.map((e) => e.code).join(', ')})`);
  const english = validateStory(readStoryJson(root));
  const source = english.sources.find((s) => s.id === english.meta.source);
  const sentences = reportSentences(readFileSync(resolve(root, 'data', source?.file ?? ''), 'utf8'));
  const file = translationFile(edition.code);
  const { texts } = readEditionFile(english, readStoryJson(root, file), edition, file, { sentences });
  const current = lockOf(texts);
  const path = resolve(root, lockFile(edition.code));
  const previous = paths.length > 0 ? (JSON.parse(readFileSync(path, 'utf8')) as TranslationLock) : {};
  const unknown = paths.filter((p) => !(p in current));
  if (unknown.length > 0) throw new Error(`No translated text at ${unknown.join(', ')} in ${file}`);
  const accepted = paths.length > 0 ? [...paths] : Object.keys(current);
  const lock = Object.fromEntries(
    Object.keys(current)
      .map((key) => [key, accepted.includes(key) ? current[key] : previous[key]])
      .filter(([, value]) => value !== undefined),
  );
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  return accepted;
}
