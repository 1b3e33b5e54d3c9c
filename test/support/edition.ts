// Test support: the editions as the build makes them (src/build/edition/site.ts), from the project's own
// data, and a render inside one, as the page renders.
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Story } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import { translator, type Translate } from '#src/edition/message.ts';
import { typesetter, type Typesetter } from '#src/lib/wrap-words.ts';
import { fontCacheDir } from '#src/build/fonts-plugin.ts';
import { site, type Site } from '#src/build/edition/site.ts';
import { claimsFile } from '#src/build/edition/claims.ts';
import type { Receipts } from '#src/story/receipts/receipts-file.ts';

const root = resolve(import.meta.dirname, '../..');

/** The project's site, with the pseudo-locale where `pseudo`: its editions read and checked once per call. */
export const testSite = ({ pseudo = false } = {}): Site => site(root, fontCacheDir(root), { pseudo });

/** Every listed edition's page data, as the build makes it. */
export const editions = (): Promise<Edition<Story>[]> => testSite().pages();

/** One edition's page data, by its code. */
export async function editionOf(code = 'en'): Promise<Edition<Story>> {
  const found = (await editions()).find((e) => e.code === code);
  if (!found) throw new Error(`No edition "${code}"`);
  return found;
}

/** What a component in `edition` sees: its words and its typesetter. */
export const wordsOf = (edition: Edition): { t: Translate; type: Typesetter } => ({
  t: translator(edition),
  type: typesetter(edition.lang, edition.advances),
});

/** `element` rendered to static markup inside `edition`, as the prerender renders it. */
export const renderIn = (edition: Edition, element: ReactElement): string =>
  renderToStaticMarkup(createElement(EditionProvider, { edition, children: element }));

/** Each edition's claims file (data/claims.json), by code, as the build writes it. */
export function receiptsByCode({ pseudo = false } = {}): Record<string, Receipts> {
  const built = testSite({ pseudo }).editions();
  return Object.fromEntries(built.map((edition) => [edition.entry.code, claimsFile(edition, built[0] ?? edition)]));
}
