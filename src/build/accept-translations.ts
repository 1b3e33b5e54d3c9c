// Records, for a translated file's texts, the English they were made from (src/i18n/translation-lock.ts):
// run by `npm run translations:accept -- <file> [path …]` once a translator has revised them. Without paths
// it accepts every translation of the file as it stands (when a translation is first made).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalog, readEdition } from '#src/i18n/edition-file.ts';
import { catalogFile, editions, englishEdition, translationFile } from '#src/i18n/editions.ts';
import { editionFormat } from '#src/i18n/edition-format.ts';
import type { Catalog } from '#src/i18n/messages.ts';
import { lockFile, lockOf, type TranslationLock } from '#src/i18n/translation-lock.ts';
import { readEnglish } from './edition/read-editions.ts';
import { readStoryJson } from './story-file.ts';

/** Accepts the texts of `file` at `paths` (all of them when none is given); returns the paths accepted. */
export function acceptTranslations(root: string, file: string, paths: readonly string[]): string[] {
  const edition = editions.find((e) => e.code !== 'en' && (translationFile(e.code) === file || catalogFile(e.code) === file));
  if (!edition)
    throw new Error(
      `${file} is no translated edition's file (${editions
        .slice(1)
        .map((e) => translationFile(e.code))
        .join(', ')}, or their data/messages/)`,
    );
  const read = (name: string) => ({ file: name, raw: readStoryJson(root, name) });
  const catalog = readStoryJson(root, catalogFile('en')) as Catalog;
  let texts;
  if (file === catalogFile(edition.code)) texts = readCatalog(catalog, read(file)).texts;
  else {
    const english = readEnglish(root, editionFormat(englishEdition, catalog));
    texts = readEdition({ ...english, catalog }, edition, { story: read(file), catalog: read(catalogFile(edition.code)) }).texts.story;
  }
  const current = lockOf(texts);
  const path = resolve(root, lockFile(file));
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
