// The story's opening: kicker, headline, standfirst and dateline.
import type { Story } from '#src/data/validate.ts';
import { formatDate } from '#src/data/format.ts';

/** "BEIJING · 27 December 2016 · credit": where and when, and whose report; sized by the caller. */
export function Dateline({ story, className }: { story: Story; className: string }) {
  const { dateline, credit } = story.meta;
  return (
    <p className={className}>
      <span className="font-semibold uppercase tracking-wide text-ink">{dateline.place}</span>
      {' · '}
      <time dateTime={dateline.date}>{formatDate(dateline.date)}</time>
      {' · '}
      {credit}
    </p>
  );
}

export function StoryHeader({ story }: { story: Story }) {
  const { kicker, headline, dek } = story.meta;
  return (
    <header className="mx-auto max-w-3xl px-4 pb-10 pt-10 sm:pt-16">
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">{kicker}</p>
      <h1 className="mt-3 text-4xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">{headline}</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted text-pretty">{dek}</p>
      <Dateline story={story} className="mt-6 font-sans text-sm text-muted" />
    </header>
  );
}
