// What a step's graphic has under it in embed mode, instead of the page around it: where it is from, and the
// story, which opens in a new tab (a sandboxed frame may not navigate its host). Hidden on the page itself.
import type { ReactNode } from 'react';
import type { Edition } from '#src/edition/edition.ts';
import { messageParts, translator, type PageMessage } from '#src/edition/message.ts';
import { adjacent, sourceLine } from '#src/story/source-line.tsx';

type Props = {
  edition: Pick<Edition, 'code' | 'messages' | 'dates' | 'story'>;
  /** The `credit` message ("Graphic: {story}"). */
  credit: PageMessage;
  /** The story at the step. */
  href: string;
};

export function EmbedCredit({ edition, credit, href }: Props) {
  const t = translator(edition);
  const { story, dates } = edition;
  const source = story.sources.find((s) => s.id === story.meta.source);
  return (
    <footer className="mt-3 hidden space-y-0.5 font-sans text-xs text-muted embed:block">
      {source && (
        <p>
          {adjacent(
            t,
            <span className="font-semibold text-ink">{t('source')}</span>,
            sourceLine(t, source, dates[source.date] ?? source.date),
          )}
        </p>
      )}
      <p>
        {messageParts<ReactNode>(credit, {
          story: (
            <a key="story" href={href} target="_blank" rel="noopener" className="font-semibold text-ink underline underline-offset-2">
              {story.meta.kicker}
            </a>
          ),
        })}
      </p>
    </footer>
  );
}
