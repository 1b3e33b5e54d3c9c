// The report as numbered sentences (./source/, docs/CONTRACT.md), a whole page of its own rendered at build,
// once per edition. Each sentence is an <li id="s<n>">, which the address #s<n> opens at and highlights
// (CSS :target, no script); a translated edition gives our translation first, labelled as ours, then the English.
import type { ReactNode } from 'react';
import type english from '#data/messages/en.json';
import type { Edition, EditionLink } from '#src/edition/edition.ts';
import { messageParts, messageText, translator, type PageMessage } from '#src/edition/message.ts';
import { joinSentences, sourceLine } from '#src/story/source-line.tsx';
import { EditionLinks } from '#src/edition/edition-links.tsx';

/** The page's own wording (the catalogs' `sourcePage` group), compiled as the story's page messages are. */
export type SourceWords = Record<keyof (typeof english)['sourcePage'], PageMessage>;

/** One of the report's sentences: as the report has it, and in a translated edition, ours. */
export type ListedSentence = { id: string; original: string; translation?: string };

export type SourcePageProps = {
  edition: Pick<Edition, 'code' | 'lang' | 'path' | 'editions' | 'messages' | 'dates' | 'story'>;
  sentences: ListedSentence[];
  words: SourceWords;
  /** The page's stylesheet, inline, and the Content Security Policy that allows it by its hash. */
  css: string;
  policy: string;
};

/** The sentence the lead shows as an example of an address. */
const example = '#s7';

/** The source page of edition `to` from that of `from`: "../ru/source/" from English, "../../source/" back. */
export const sourceHref = (from: Pick<EditionLink, 'path'>, to: Pick<EditionLink, 'path'>) =>
  `${from.path ? '../' : ''}../${to.path}source/`;

/** A sentence's two texts, each labelled: ours in the edition's language, then the report's English. */
function Translated({ sentence, lang, words }: { sentence: ListedSentence; lang: string; words: SourceWords }) {
  const label = 'font-sans text-xs font-semibold uppercase tracking-wider text-muted';
  return (
    <dl className="grid gap-3 md:grid-cols-2 md:gap-6">
      <div>
        <dt className={label}>{messageText(words.ours)}</dt>
        <dd lang={lang} className="mt-1 text-lg leading-relaxed">
          {sentence.translation}
        </dd>
      </div>
      <div>
        <dt className={label}>{messageText(words.original)}</dt>
        <dd lang="en" className="mt-1 leading-relaxed">
          {sentence.original}
        </dd>
      </div>
    </dl>
  );
}

function LanguageLinks({ edition, label }: { edition: SourcePageProps['edition']; label: string }) {
  if (edition.editions.length < 2) return null;
  return (
    <EditionLinks
      editions={edition.editions}
      current={edition.code}
      href={(to) => sourceHref(edition, to)}
      label={label}
      linkClassName="text-muted underline underline-offset-4 hover:text-ink"
    />
  );
}

export function SourcePage({ edition, sentences, words, css, policy }: SourcePageProps) {
  const t = translator(edition);
  const { story, dates } = edition;
  const source = story.sources.find((s) => s.id === story.meta.source);
  const translated = sentences.some((s) => s.translation !== undefined);
  const title = messageText(words.title);
  const lead: ReactNode[] = messageParts<ReactNode>(words.lead, { example: <code key="example">{example}</code> });
  return (
    <html lang={edition.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={policy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${story.meta.kicker}`}</title>
        <meta name="description" content={messageText(words.lead, { example })} />
        <link rel="icon" href={`${edition.path ? '../' : ''}../favicon.svg`} type="image/svg+xml" />
        {edition.editions.map((to) => (
          <link key={to.code} rel="alternate" hrefLang={to.lang} href={sourceHref(edition, to)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={sourceHref(edition, edition.editions[0] ?? edition)} />
        {/* The build's own stylesheet, compiled from this component's classes, with its `<` escaped and its
            hash in the policy (src/build/source-page/source-pages.ts): no data or wording reaches it. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body className="bg-page text-ink">
        <header className="border-b border-rule font-sans text-sm">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <a href="../" className="font-semibold underline underline-offset-4">
              <span aria-hidden="true">← </span>
              {messageText(words.back)}
            </a>
            <LanguageLinks edition={edition} label={t('languages')} />
          </div>
        </header>
        <main className="mx-auto max-w-5xl px-4 pt-8 pb-16 sm:pt-12">
          <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">{title}</p>
          <h1 className="mt-3 text-3xl font-bold leading-tight text-balance sm:text-4xl">
            {source ? sourceLine(t, source, dates[source.date] ?? source.date) : story.meta.headline}
          </h1>
          <p className="mt-4 max-w-3xl text-lg leading-relaxed text-muted text-pretty">
            {joinSentences(t, [lead, ...(translated ? [messageText(words.translated)] : [])])}
          </p>
          <ol className="mt-8 border-t border-rule">
            {/* The sentence an address opens at stands out by its background, and by an outline, which
                forced-colours modes keep where they drop backgrounds. */}
            {sentences.map((sentence) => (
              <li
                key={sentence.id}
                id={sentence.id}
                className="grid scroll-mt-4 grid-cols-[2.75rem_1fr] gap-x-2 border-b border-rule px-2 py-4 target:bg-accent-soft target:outline-2 target:-outline-offset-2 target:outline-accent"
              >
                <a href={`#${sentence.id}`} className="pt-1 font-sans text-sm font-semibold text-muted tabular-nums hover:text-ink">
                  {sentence.id}
                </a>
                {sentence.translation === undefined ? (
                  <p lang="en" className="max-w-3xl text-lg leading-relaxed">
                    {sentence.original}
                  </p>
                ) : (
                  <Translated sentence={sentence} lang={edition.lang} words={words} />
                )}
              </li>
            ))}
          </ol>
        </main>
      </body>
    </html>
  );
}
