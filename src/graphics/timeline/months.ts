// The months of the timeline's year, and their short axis labels.
import { formatMonthShort } from '#src/data/format.ts';

/** "2016-01" … "2016-12": the whole year, so events sit where they fall in it. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** "Apr" from "2016-04" (the page's language's short name), short enough for a phone axis. */
export function shortMonth(month: string): string {
  return formatMonthShort(month);
}

/**
 * Which months get a tick label: all of them when there is room, otherwise only January and the months
 * that have events, so the axis never shows a run of touching labels.
 */
export function labelledMonths(months: string[], eventMonths: Set<string>, roomy: boolean): Set<string> {
  return new Set(roomy ? months : months.filter((m, i) => i === 0 || eventMonths.has(m)));
}
