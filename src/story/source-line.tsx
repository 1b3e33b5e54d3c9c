// A source cited in words ("Xinhua, Beijing, 27 December 2016."), and sentences joined as the edition joins them.
import { Fragment, type ReactNode } from 'react';
import type { Source } from '#src/data/schema.ts';
import type { Translate } from '#src/edition/message.ts';

/** Publisher, place and date (`date`, the edition's words for it, as a `<time>`), in the edition's order and punctuation. */
export function sourceLine(t: Translate, source: Pick<Source, 'publisher' | 'place' | 'date'>, dateText: string): ReactNode[] {
  const date = (
    <time key="date" dateTime={source.date}>
      {dateText}
    </time>
  );
  return t.parts<ReactNode>('sources.line', { publisher: source.publisher, place: source.place, date });
}

/**
 * A label that carries its own punctuation, or a term, then what follows it: "Source: Xinhua…" with a
 * space, "来源：新华社…" with none (joins.adjacent), so no space stands beside a full-width mark.
 */
export function adjacent(t: Translate, first: ReactNode, next: ReactNode): ReactNode[] {
  return t.parts<ReactNode>('joins.adjacent', {
    first: <Fragment key="first">{first}</Fragment>,
    next: <Fragment key="next">{next}</Fragment>,
  });
}

/** Sentences one after another: a space between them in English, none in Chinese (joins.sentences). */
export function joinSentences(t: Translate, sentences: ReactNode[]): ReactNode {
  return sentences.reduce((first, next) =>
    t.parts<ReactNode>('joins.sentences', {
      first: <Fragment key="first">{first}</Fragment>,
      next: <Fragment key="next">{next}</Fragment>,
    }),
  );
}
