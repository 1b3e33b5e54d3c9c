// The story's language editions, from data/editions.json: where each lives, what it is called in its own
// language, how it writes numbers, and which files hold its words. English is the story as written
// (data/story.json, data/messages/en.json); the others translate it, keyed by its ids
// (data/editions/<code>.json, data/messages/<code>.json). docs/CONTRACT.md lists their addresses.
import list from '#data/editions.json' with { type: 'json' };

export type EditionEntry = {
  code: string;
  /** The language tag of `<html lang>`, `hreflang` and the story file's `language`. */
  lang: string;
  /** The Intl locale its numbers and dates are written for ("en-GB"). */
  locale: string;
  /** The edition's folder under the site's root, '' for English: "ru/" is `./ru/`. */
  path: string;
  /** The edition's name in its own language, as the language switch shows it. */
  name: string;
  /** Whether its prose spells an amount's scale out ("5.4 trillion") or shortens it ("5,4 трлн"). */
  numbers: 'long' | 'short';
  /** Characters the fonts keep for it whatever its text says today (its alphabet), so an edited word rarely needs a glyph they lack. */
  alphabet?: string;
  /** False for an edition no other links to (the pseudo-locale, pseudo-locale.ts). */
  listed?: boolean;
};

export const editions: readonly EditionEntry[] = list as EditionEntry[];

export const englishEdition = editions[0] as EditionEntry;

/** A translated edition's story file, relative to the project. */
export const translationFile = (code: string): string => `data/editions/${code}.json`;

/** An edition's interface wording, relative to the project (English's too). */
export const catalogFile = (code: string): string => `data/messages/${code}.json`;
