// The editions as the browser tests expect them: each one read and made as the build makes it
// (src/build/edition/), and what a page of it says, gathered in the browser.
import type { Page } from '@playwright/test';
import type { EditionEntry } from '#src/i18n/editions.ts';
import type { EditionFormat } from '#src/i18n/edition-format.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Story } from '#src/data/schema.ts';
import { translator, type Translate } from '#src/edition/message.ts';
import { withoutTokens } from '#src/data/tokens.ts';
import { testSite } from '#test/support/edition.ts';
import { translationSkeleton } from '#src/i18n/translation.ts';

export type TranslatedEdition = {
  edition: EditionEntry;
  /** The edition's address from the site's root: "./ru/". */
  base: string;
  /** The story as the edition's page shows it: translated, its number tokens written its way. */
  story: Story;
  /** How it writes numbers and dates. */
  format: EditionFormat;
  /** Its page's data: every figure, date and event as the page writes them. */
  page: Omit<Edition, 'advances'>;
  /** Its interface wording, as the page formats it. */
  t: Translate;
  /** Every word of the edition's text (its number tokens taken out): what its pages may say. */
  words: string[];
};

/** Every string inside a parsed JSON value or a wording. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(stringsIn) : [];

const built = testSite().editions();

const read = ({ entry, story, data, format, content, catalog, sentences }: (typeof built)[number]): TranslatedEdition => ({
  edition: entry,
  base: `./${entry.path}`,
  story,
  format,
  page: content,
  t: translator(content),
  // Its texts alone (the schema's text fields), not its ids: an English word in an id says nothing of the page.
  words: [...stringsIn(translationSkeleton(data)), ...stringsIn(catalog), ...sentences.map((s) => s.text)].map(withoutTokens),
});

/** The English edition, as the browser tests expect it. */
export const englishEdition: TranslatedEdition = read(built[0]!);

/** The editions other than English, each with what its pages should say. */
export const translatedEditions: TranslatedEdition[] = built.slice(1).map(read);

/** The pseudo-locale (src/i18n/pseudo-locale.ts), which the tests' build adds at ./xa/. */
export const pseudoLocale = (): TranslatedEdition => read(testSite({ pseudo: true }).editions().at(-1)!);

/** The English interface's messages: what no other edition's page may say. */
export const englishMessages: unknown = englishEdition.page.messages;

/** A piece of what the page says: a text node's text or an accessible name, and where it was found. */
export type Said = { where: string; text: string };

/**
 * Everything the page says to a reader, shown or read out: its text (the SVGs' and the closed tables' too)
 * and the names and descriptions its elements carry in attributes, with the document's title and share
 * tags. Text marked as another language than the page's (the language switch's "English") is left out.
 * @param within the parts to read (the whole page by default, with its head's title and share tags)
 * @param skip parts to leave out within them ("figure": the graphics, read by another test)
 */
export function whatThePageSays(page: Page, { within = 'body', skip = 'template' } = {}): Promise<Said[]> {
  return page.evaluate(
    ({ within, skip }) => {
      const lang = document.documentElement.lang;
      const ownLanguage = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? lang) === lang && !el.closest(skip);
      const describe = (el: Element) =>
        `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-graphic') ? `[${el.getAttribute('data-graphic')}]` : ''}`;
      const said: { where: string; text: string }[] = [];
      if (within === 'body') {
        said.push({ where: 'title', text: document.title });
        for (const meta of document.head.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')) {
          const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
          if (!/image$|type|card|url|locale/.test(key)) said.push({ where: `meta ${key}`, text: meta.getAttribute('content') ?? '' });
        }
      }
      const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription'];
      for (const root of document.querySelectorAll(within)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = node.textContent?.trim() ?? '';
          if (!parent || !text || parent.closest('script, style, noscript, template') || !ownLanguage(parent)) continue;
          said.push({ where: describe(parent), text });
        }
        for (const el of [root, ...root.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))]) {
          if (!ownLanguage(el)) continue;
          for (const name of attributes) {
            const text = el.getAttribute(name);
            if (text) said.push({ where: `${describe(el)} @${name}`, text });
          }
        }
      }
      return said;
    },
    { within, skip },
  );
}

/**
 * The English wording's sentences and labels of two words or more; of those with a {placeholder}, each fixed
 * part of two words or more ("{name}, {role}, said {quote}." has none: ", said" is one word and a comma).
 */
export const englishPhrases = (wording: unknown): string[] =>
  stringsIn(wording)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((text) => text.trim())
    .filter((text) => (text.match(/\p{L}+/gu) ?? []).length >= 2);

/** What the page says that holds one of `phrases`, as "where: text". */
export const saying = (said: Said[], phrases: string[]): string[] =>
  said.filter(({ text }) => phrases.some((phrase) => text.includes(phrase))).map(({ where, text }) => `${where}: ${text}`);

/** Words of the Latin alphabet, two letters or more ("Lazada", "said"), in a text; web addresses left out. */
const latinWords = (text: string) => text.replace(/\bhttps?:\/\/\S+/g, '').match(/\p{Script=Latin}{2,}/gu) ?? [];

/**
 * The Latin-alphabet words the page says that the edition's own text never uses (a name such as "Lazada" it
 * does): words left in English. Grouped by where they stand ("title": the map's countries), each once.
 */
export function untranslatedWords(said: Said[], edition: TranslatedEdition, alsoAllowed: string[] = []): string[] {
  const allowed = new Set([...edition.words.flatMap(latinWords), ...alsoAllowed]);
  const found = new Map<string, Set<string>>();
  for (const { where, text } of said) {
    for (const word of latinWords(text)) if (!allowed.has(word)) found.set(where, (found.get(where) ?? new Set()).add(word));
  }
  return [...found].map(([where, words]) => `${where}: ${[...words].join(' ')}`);
}

/** The page's visible text, as a reader sees it, with its no-break spaces. */
export const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);
