// An edition's page data (src/edition/edition.ts), made whole at build: its story, every figure, date and
// event written its way, its interface wording compiled, the map's places projected, and the widths of the
// characters its graphics can show. The page formats, projects and measures nothing of its own.
import type { EditionEntry } from '#src/i18n/editions.ts';
import { pageMessages } from '#src/i18n/messages.ts';
import { isDated } from '#src/data/event-time.ts';
import type { Story } from '#src/data/schema.ts';
import type { Edition, EditionLink, EventText } from '#src/edition/edition.ts';
import { mapPoints } from '../map-frame.ts';
import type { BuiltEdition } from './read-editions.ts';

const link = ({ code, lang, locale, path, name }: EditionEntry): EditionLink => ({ code, lang, locale, path, name });

/** The twelve months of `year`, "2016-01" to "2016-12". */
const monthsOf = (year: string) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** The words of each event's "when", in its table row and on the timeline. */
function eventTexts({ story, format }: BuiltEdition): Record<string, EventText> {
  const { t, date } = format;
  return Object.fromEntries(
    story.events.map((e) => {
      if (isDated(e)) return [e.id, { when: date.month(e.month) }];
      const when = t('joins.clauses', { first: t('monthNotGiven'), next: t('reportedAsRecent', { date: date.long(e.reported) }) });
      return [e.id, { when, note: t('reportedAsRecent', { date: date.short(e.reported) }) }];
    }),
  );
}

/**
 * The page data of `built`, but for the widths of its characters, which the font cuts made for it give
 * (src/build/fonts/text-advances.ts).
 * @param listed the editions its language switch and head name
 * @throws Error for a message the page could not format (src/i18n/messages.ts)
 */
export function makeEdition(built: BuiltEdition, listed: EditionEntry[]): Omit<Edition<Story>, 'advances'> {
  const { entry, story, format } = built;
  const year =
    story.events
      .map((e) => (isDated(e) ? e.month : e.reported))
      .sort()[0]
      ?.slice(0, 4) ?? story.meta.published.slice(0, 4);
  const dates = [story.meta.published, ...story.sources.map((s) => s.date)];
  return {
    ...link(entry),
    editions: (entry.listed === false ? [entry] : listed).map(link),
    story,
    figures: Object.fromEntries(story.figures.map((f) => [f.id, format.figure(f)])),
    events: eventTexts(built),
    months: Object.fromEntries(monthsOf(year).map((m) => [m, format.date.monthShort(m)])),
    dates: Object.fromEntries(dates.map((d) => [d, format.date.long(d)])),
    messages: pageMessages(built.catalog, `data/messages/${entry.code}.json`),
    map: mapPoints(story.places),
  };
}
