// Each edition's source page (./source/, ./ru/source/, …: docs/CONTRACT.md): what it lists, in which words,
// and its stylesheet, which holds only the classes the page uses and which its policy allows by its hash.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pageMessages } from '#src/i18n/messages.ts';
import type { ListedSentence, SourcePageProps, SourceWords } from '#src/source/source-page.tsx';
import type { SiteEdition } from '../edition/site.ts';
import { contentSecurityPolicy } from '../head-tags.ts';
import { hashSource } from '../inline-html.ts';
import { classesIn, usedClassesCss } from '../used-classes-css.ts';

/** Renders the page (src/source/render-source-page.tsx, which the build loads through Vite). */
export type RenderSourcePage = (props: SourcePageProps) => string;

/** The Tailwind stylesheet the page's CSS is compiled from. */
const stylesheetFile = (root: string) => join(root, 'src/source/source-page.css');

/** An edition's source page's folder, from the site's root: "source/", "ru/source/". */
export const sourcePageFolder = ({ path }: { path: string }) => `${path}source/`;

/** The edition's `sourcePage` messages, by their names in the group ("title"). */
function sourceWords({ catalog, entry }: SiteEdition): SourceWords {
  const messages = pageMessages(catalog, `data/messages/${entry.code}.json`, (id) => id.startsWith('sourcePage.'));
  return Object.fromEntries(Object.entries(messages).map(([id, message]) => [id.slice('sourcePage.'.length), message])) as SourceWords;
}

/** The report's sentences in English (`english`), each with the edition's translation unless it is English. */
function listedSentences(edition: SiteEdition, english: SiteEdition): ListedSentence[] {
  if (edition === english) return english.sentences.map(({ id, text }) => ({ id, original: text }));
  const ours = new Map(edition.sentences.map((s) => [s.id, s.text]));
  return english.sentences.map(({ id, text }) => {
    const translation = ours.get(id);
    // The build has checked that every sentence has its translation (src/i18n/translation.ts).
    if (translation === undefined) throw new Error(`source page: the ${edition.entry.code} edition has no translation of ${id}`);
    return { id, original: text, translation };
  });
}

/**
 * The source page of `edition`, as a document. Rendered once for the classes it uses, then again with the
 * stylesheet of those alone.
 * @param editions every edition of the build, English first
 */
export async function sourcePage(root: string, edition: SiteEdition, editions: SiteEdition[], render: RenderSourcePage): Promise<string> {
  const english = editions.find((e) => e.entry.code === 'en');
  if (!english) throw new Error('source page: the build has no English edition, whose report it lists');
  const props = {
    edition: edition.content,
    sentences: listedSentences(edition, english),
    words: sourceWords(edition),
  };
  const classes = classesIn([render({ ...props, css: '', policy: contentSecurityPolicy })]);
  const file = stylesheetFile(root);
  // `<` only in a string or a selector, written as CSS's escape, so no "</style" can end the element early.
  const css = (await usedClassesCss(readFileSync(file, 'utf8'), dirname(file), classes)).replace(/</g, '\\3c ');
  const policy = contentSecurityPolicy.replace("style-src 'self'", `style-src 'self' ${hashSource(css)}`);
  return render({ ...props, css, policy });
}
