// The story's language editions: where each lives, what it is called in its own language, and which file
// holds its words. English is the story as written (data/story.json); the others translate it, keyed by its
// ids (data/editions/<code>.json, read by translation.ts). docs/CONTRACT.md lists their addresses.

export type EditionCode = 'en' | 'ru' | 'zh';

export type Edition = {
  code: EditionCode;
  /** The language tag of `<html lang>`, `hreflang` and the story file's `language`. */
  lang: string;
  /** The edition's folder under the site's root, '' for English: "ru/" is `./ru/`. */
  path: string;
  /** The edition's name in its own language, as the language switch shows it. */
  name: string;
};

export const editions: readonly Edition[] = [
  { code: 'en', lang: 'en', path: '', name: 'English' },
  { code: 'ru', lang: 'ru', path: 'ru/', name: 'Русский' },
  { code: 'zh', lang: 'zh-CN', path: 'zh/', name: '中文' },
];

export const englishEdition = editions[0] as Edition;

/** The edition a story file's `language` names ("zh-CN" is zh); English for anything else. */
export function editionOf(language: string): Edition {
  return editions.find((e) => e.lang === language) ?? englishEdition;
}

/** The translated editions' files, relative to the project. */
export const translationFile = (code: EditionCode): string => `data/editions/${code}.json`;

/**
 * The address of edition `to` relative to a page of edition `from`: "ru/" from English, "../" back,
 * "../zh/" across ("../ru/" to itself, "./" for English). Relative, so the editions work from any sub-path.
 */
export function editionHref(from: Edition, to: Edition): string {
  const up = from.path === '' ? '' : '../';
  return `${up}${to.path}` || './';
}
