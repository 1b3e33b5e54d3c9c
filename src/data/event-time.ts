// When an event happened, as the report gives it: a month, or only "recently" in a report of a given date.
// The words for it are the edition's (src/build/edition/make-edition.ts).
import type { StoryEvent } from './schema.ts';

/** Whether the report dates the event to a month. */
export const isDated = (e: StoryEvent): e is Extract<StoryEvent, { timing: 'month' }> => e.timing === 'month';

/**
 * The month an event is drawn in or sorted by: its own, or, for one reported as recent, the month of
 * the report that says so (where it is drawn apart, never as if dated).
 */
export const eventMonth = (e: StoryEvent): string => (isDated(e) ? e.month : e.reported.slice(0, 7));

/** Orders events by month; one reported as recent comes after the dated events of its report's month. */
export function byEventTime(a: StoryEvent, b: StoryEvent): number {
  const key = (e: StoryEvent) => `${eventMonth(e)}${isDated(e) ? '' : '~'}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
