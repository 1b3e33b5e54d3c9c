// A source cited in words ("Xinhua, Beijing, 27 December 2016."), and sentences joined as the edition joins them.
import { Fragment, type ReactNode } from 'react';
import type { Source } from '#src/data/schema.ts';
import { formatDate } from '#src/data/format.ts';
import { strings } from '#src/lib/strings.ts';
import { fillParts } from '#src/lib/fill.ts';

/** Publisher, place and date, the date as a `<time>`, in the edition's order and punctuation. */
export function sourceLine(source: Pick<Source, 'publisher' | 'place' | 'date'>): ReactNode[] {
  const date = (
    <time key="date" dateTime={source.date}>
      {formatDate(source.date)}
    </time>
  );
  return fillParts<ReactNode>(strings.sources.line, { publisher: source.publisher, place: source.place, date });
}

/**
 * A label that carries its own punctuation, or a term, then what follows it: "Source: Xinhua…" with a
 * space, "来源：新华社…" with none (strings.joins.adjacent), so no space stands beside a full-width mark.
 */
export function adjacent(first: ReactNode, next: ReactNode): ReactNode[] {
  return fillParts<ReactNode>(strings.joins.adjacent, {
    first: <Fragment key="first">{first}</Fragment>,
    next: <Fragment key="next">{next}</Fragment>,
  });
}

/** Sentences one after another: a space between them in English, none in Chinese (strings.joins.sentences). */
export function joinSentences(sentences: ReactNode[]): ReactNode {
  return sentences.reduce((first, next) =>
    fillParts<ReactNode>(strings.joins.sentences, {
      first: <Fragment key="first">{first}</Fragment>,
      next: <Fragment key="next">{next}</Fragment>,
    }),
  );
}
