// The months of the timeline's year, and which get a label (the edition's words for them: its `months`).

/** "2016-01" … "2016-12": the whole year, so events sit where they fall in it. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * Which months get a tick label: all of them when there is room, otherwise only January and the months
 * that have events, so the axis never shows a run of touching labels.
 */
export function labelledMonths(months: string[], eventMonths: Set<string>, roomy: boolean): Set<string> {
  return new Set(roomy ? months : months.filter((m, i) => i === 0 || eventMonths.has(m)));
}
