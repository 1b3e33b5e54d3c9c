// The story's opening: kicker, headline, standfirst, the page's date and its source's dateline.
import type { PageStory } from '#src/data/schema.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { adjacent, joinSentences, sourceLine } from './source-line.tsx';
import { ReceiptMark } from './receipts/receipt-mark.tsx';

/**
 * "Published 2 December 2026" and "Source: Xinhua, Beijing, 27 December 2016", then the credit: the page's
 * own date beside its source's, so no reader takes the report's dateline (or its 2016 forecast) for
 * today's. Sized by the caller.
 */
export function Dateline({ story, className }: { story: PageStory; className: string }) {
  const t = useT();
  const { dates } = useEdition();
  const { published, credit } = story.meta;
  const source = story.sources.find((s) => s.id === story.meta.source);
  return (
    <div className={className}>
      <p>
        {adjacent(
          t,
          <span className="font-semibold text-ink">{t('published')}</span>,
          <time dateTime={published}>{dates[published]}</time>,
        )}
      </p>
      {source && (
        <p>
          {adjacent(
            t,
            <span className="font-semibold text-ink">{t('source')}</span>,
            joinSentences(t, [sourceLine(t, source, dates[source.date] ?? source.date), credit]),
          )}
        </p>
      )}
    </div>
  );
}

export function StoryHeader({ story }: { story: PageStory }) {
  const t = useT();
  const { kicker, headline, dek } = story.meta;
  return (
    <header className="mx-auto max-w-3xl px-4 pb-10 pt-6 sm:pt-10">
      <LanguageSwitch className="mb-6 text-sm text-muted sm:mb-8" />
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">{kicker}</p>
      <h1 className="mt-3 text-4xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">{headline}</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted text-pretty">
        {dek.text}
        <ReceiptMark bound="meta.dek" basis={dek.basis} />
      </p>
      <Dateline story={story} className="mt-6 space-y-1 font-sans text-sm text-muted" />
      <p className="mt-4 hidden font-sans text-sm text-muted print:block">{t('receipt.printNote')}</p>
    </header>
  );
}
