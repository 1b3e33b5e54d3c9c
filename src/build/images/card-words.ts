// What the cards say, in the edition's words: each step's kicker and its graphic's title and description,
// the source line and the credit, and for the site's card the headline, standfirst and date.
import type { GraphicKind } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { messagesOf, type Catalog } from '#src/i18n/messages.ts';

export type StepWords = {
  id: string;
  graphic: GraphicKind;
  /** The story's kicker, then the step's: "Cross-border · Moscow". */
  kicker: string;
  /** The graphic's title. */
  title: string;
  /** What the step's state shows. */
  description: string;
};

export type CardWords = {
  storyKicker: string;
  /** "Source: Xinhua, Beijing, 27 December 2016." */
  source: string;
  /** "Graphic: Cross-border" */
  credit: string;
  /** "Published 2 December 2026" */
  published: string;
  headline: string;
  dek: string;
  steps: StepWords[];
};

/** The words of `edition`'s cards; `catalog` is its messages, the build's own included. */
export function cardWords(edition: Edition, catalog: Catalog): CardWords {
  const { story, dates, locale } = edition;
  const m = messagesOf(catalog, locale);
  const { kicker, headline, dek, published } = story.meta;
  const source = story.sources.find((s) => s.id === story.meta.source);
  if (!source) throw new Error(`step images: no source "${story.meta.source}"`);
  const line = m('sources.line', { publisher: source.publisher, place: source.place, date: dates[source.date] ?? source.date });
  const steps = story.steps.flatMap((step) => {
    const state = story.graphicStates[step.state];
    if (!state) return [];
    return [
      {
        id: step.id,
        graphic: state.graphic,
        // "Cross-border · Moscow"; in Chinese "跨境电商·莫斯科", with no space beside the full-width dot.
        kicker: step.kicker ? m('joins.adjacent', { first: m('joins.adjacent', { first: kicker, next: '·' }), next: step.kicker }) : kicker,
        title: story.graphics[state.graphic].title,
        description: state.description,
      },
    ];
  });
  return {
    storyKicker: kicker,
    source: m('joins.adjacent', { first: m('source'), next: line }),
    credit: m('stepPage.credit', { story: kicker }),
    published: m('joins.adjacent', { first: m('published'), next: dates[published] ?? published }),
    headline,
    dek: dek.text,
    steps,
  };
}
