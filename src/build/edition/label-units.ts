// Where the graphics' labels may break, worked out at build for an edition that writes them without spaces
// (Chinese): the page's typesetter then takes them as given, and never makes the Intl.Segmenter whose word
// dictionary made the map's coming to life a long task on a slow phone (docs/decisions.md).
import type { Story } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { translator } from '#src/edition/message.ts';
import { figureById } from '#src/data/lookup.ts';
import { legendWords, shareWords } from '#src/graphics/share/share-text.ts';
import { typesetter, unspaced, type Unit } from '#src/lib/wrap-words.ts';

/** Every text a graphic sets as wrapped lines, in any of its states (src/graphics/<graphic>/layout.ts). */
function labelTexts(edition: Edition<Story>): string[] {
  const t = translator(edition);
  const { story } = edition;
  const share = figureById(story, story.graphics.share.figure);
  const { filled, empty } = legendWords(t, share);
  return [
    ...Object.values(story.graphicStates).flatMap((state) => (state.graphic === 'map' && state.note ? [state.note.text] : [])),
    t('mapDisputed'),
    ...story.events.map((event) => event.title),
    ...Object.values(edition.events).flatMap((event) => (event.note ? [event.note] : [])),
    ...Object.values(edition.figures).map((figure) => figure.approxShort),
    t('volume.noDollars'),
    shareWords(t, share),
    filled,
    empty,
  ];
}

/** The units of each of `edition`'s labels that holds a script written without spaces, by label; none in most editions. */
export function labelUnits(edition: Edition<Story>): Record<string, Unit[]> {
  const type = typesetter(edition.lang, edition.advances);
  return Object.fromEntries(
    labelTexts(edition)
      .filter((text) => unspaced.test(text))
      .map((text) => [text, type.units(text)]),
  );
}
