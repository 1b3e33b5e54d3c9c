// Translations that cannot go stale: each translated file's lock (data/editions/ru.lock.json beside
// data/editions/ru.json, data/messages/ru.lock.json beside the catalog) records, for
// every translated text, a hash of the English it was made from. When the English changes, the build stops
// and names every translation to revisit; once a translator has revised one, the accept command records the
// new English as its source (scripts/accept-translations.mjs).
import { createHash } from 'node:crypto';
import type { TranslatedText } from './translation.ts';

/** JSON path to a hash of the English text the translation at that path was made from. */
export type TranslationLock = Record<string, string>;

/** The lock file beside a translated file: data/editions/ru.json's is data/editions/ru.lock.json. */
export const lockFile = (file: string) => file.replace(/\.json$/, '.lock.json');
export const acceptCommand = (file: string) => `npm run translations:accept -- ${file}`;

const hash = (english: string) => createHash('sha256').update(english).digest('hex').slice(0, 16);

/** The lock for `texts` as they are now, keys in order so that a change shows as a one-line diff. */
export function lockOf(texts: readonly TranslatedText[]): TranslationLock {
  return Object.fromEntries(texts.map((t) => [t.path, hash(t.english)]).sort(([a = ''], [b = '']) => a.localeCompare(b)));
}

/** Translations whose English is not what they were made from (or that were never accepted). */
export function staleProblems(texts: readonly TranslatedText[], lock: TranslationLock, file: string): { path: string; message: string }[] {
  return texts
    .filter((t) => lock[t.path] !== hash(t.english))
    .map((t) => ({
      path: t.path,
      message: `${lock[t.path] === undefined ? 'has no accepted English source' : 'translates English that has changed since'}: revise it against “${t.english}”, then run ${acceptCommand(file)} '${t.path}'`,
    }));
}
