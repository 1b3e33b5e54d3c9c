// The story's opening: kicker, headline, standfirst and dateline.
import type { Story } from '@/data/validate';
import { formatDate } from '@/data/format';

export function StoryHeader({ story }: { story: Story }) {
  const { kicker, headline, dek, dateline, credit } = story.meta;
  return (
    <header className="mx-auto max-w-3xl px-4 pb-10 pt-10 sm:pt-16">
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">{kicker}</p>
      <h1 className="mt-3 text-4xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">{headline}</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted text-pretty">{dek}</p>
      <p className="mt-6 font-sans text-sm text-muted">
        <span className="font-semibold uppercase tracking-wide text-ink">{dateline.place}</span>
        {' · '}
        <time dateTime={dateline.date}>{formatDate(dateline.date)}</time>
        {' · '}
        {credit}
      </p>
    </header>
  );
}
