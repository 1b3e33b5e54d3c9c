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

/** Growth into `year` from the year before, in percent of the yuan volume (reported or derived). */
export function growthFigure(story: Story, year: number): Figure | null {
  return story.figures.find((f) => f.id.startsWith('growth-') && f.year === year) ?? null;
}

/** Our derived increase into `year` from the year before, in yuan; none where the report gives the growth. */
export function increaseFigure(story: Story, year: number): Figure | null {
  return story.figures.find((f) => f.id.startsWith('increase-') && f.year === year) ?? null;
}

/**
 * The change into `year` that the graphic marks above its bars: the report's growth rate where it gives
 * one (2015, +28.6%); where we derive the change (2016), the increase in yuan, so that no derived "+20%"
 * sits beside the report's unrelated 20 percent share of foreign trade.
 */
export function changeFigure(story: Story, year: number): Figure | null {
  const growth = growthFigure(story, year);
  if (growth && growth.kind !== 'derived') return growth;
  return increaseFigure(story, year) ?? growth;
}

/**
 * Whether a derived figure is worked out from figures of different bodies (the 2015 volume, the research
 * centre's; the 2016 forecast, the ministry's): the report does not say they measure alike, so the change
 * between them is indicative only.
 */
export function fromDifferentBodies(story: Story, figure: Figure): boolean {
  if (figure.kind !== 'derived') return false;
  const inputs = story.figures.filter((f) => figure.derivedFrom.includes(f.id));
  return new Set(inputs.map((f) => (f.kind === 'derived' ? '' : f.attribution))).size > 1;
}
