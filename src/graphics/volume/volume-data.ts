// The volume series as the report gives it: one figure per year and currency, and the growth from year to year.
// Figures are found by id prefix ("volume-", "growth-") and year, so the graphic follows data/story.json.
import type { Currency } from '#src/data/format.ts';
import type { Figure, Story } from '#src/data/validate.ts';

export type Kind = Figure['kind'];

const isVolume = (f: Figure) => f.id.startsWith('volume-') && f.year !== null;

/** The years that have a volume figure in any currency, in order: 2014, 2015, 2016. */
export function volumeYears(story: Story): number[] {
  const years = new Set(story.figures.filter(isVolume).map((f) => f.year ?? 0));
  return [...years].sort((a, b) => a - b);
}

/** The year's volume in `currency`, or null where the report gives none (2014 in dollars: never converted). */
export function volumeFigure(story: Story, year: number, currency: Currency): Figure | null {
  return story.figures.find((f) => isVolume(f) && f.year === year && f.currency === currency) ?? null;
}

/** Growth into `year` from the year before, in percent of the yuan volume. */
export function growthFigure(story: Story, year: number): Figure | null {
  return story.figures.find((f) => f.id.startsWith('growth-') && f.year === year) ?? null;
}

/** Derived and approximate ("about") figures are shown with "≈". */
export const isApproximate = (f: Figure) => f.kind === 'derived' || f.approximate === true;
