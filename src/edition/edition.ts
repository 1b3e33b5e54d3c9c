// An edition as its page carries it (in the JSON island `edition`): the build makes it whole, in Node
// (src/build/edition/), and the page reads it through one context (edition-context.tsx), so the browser
// formats no number or date, projects no point, and keeps no language in module state.
import type { PageStory } from '#src/data/derive-story.ts';
import type { FigureText } from '#src/i18n/figure-text.ts';
import type { Bounds } from '#src/graphics/map/frame-format.ts';
import type { TextAdvances } from '#src/lib/text-width.ts';
import type { Unit } from '#src/lib/wrap-words.ts';
import type { PageMessages } from './message.ts';

/** An edition as another names it: for the language switch and the head's alternates. */
export type EditionLink = {
  code: string;
  /** Its language tag (`<html lang>`, `hreflang`). */
  lang: string;
  /** The Intl locale its numbers and dates are written for ("en-GB"). */
  locale: string;
  /** Its folder under the site's root, '' for English. */
  path: string;
  /** Its name in its own language. */
  name: string;
};

/** The words an event's rows and marks show. */
export type EventText = {
  /** When, in a table: "April 2016", "month not given; reported 27 December 2016 as recent". */
  when: string;
  /** Under its title on the timeline, for an event the report gives no month: "reported 27 Dec as recent". */
  note?: string;
};

/**
 * An edition as the page reads it (`S`: its story as the page carries it), or as the build makes it
 * (`Edition<Story>`: the whole story, which the prerendered HTML shows).
 */
export type Edition<S extends PageStory = PageStory> = EditionLink & {
  /** Every listed edition, this one included, in their order (a pseudo-locale's page lists itself alone). */
  editions: EditionLink[];
  story: S;
  /** Every figure's forms, by figure id. */
  figures: Record<string, FigureText>;
  /** Every event's words, by event id. */
  events: Record<string, EventText>;
  /** The timeline's month labels, by "YYYY-MM", for every month of the events' year: "Apr", "апр.", "4月". */
  months: Record<string, string>;
  /** The dates the page shows, by ISO date ("2016-12-27": "27 December 2016"). */
  dates: Record<string, string>;
  /** The interface wording (message.ts). */
  messages: PageMessages;
  /** The map's reference frame: the region every drawing shows, and each place's label point, projected. */
  map: { bounds: Bounds; points: Record<string, [number, number]> };
  /** The house sans' advance widths for every character the edition's graphics can show (src/lib/text-width.ts). */
  advances: TextAdvances;
  /**
   * Where the graphics' labels written without spaces (Chinese) may break, by label: worked out at build, so
   * the page never loads the platform's word dictionary (src/build/edition/label-units.ts). Absent if none is.
   */
  units?: Record<string, Unit[]>;
};
