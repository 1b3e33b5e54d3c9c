// The volume series as the story names its figures (story.json, graphics.volume.years): one row per year,
// with the volume in each currency and the change into it.
import type { Currency } from '#src/data/schema.ts';
import type { Figure, PageStory } from '#src/data/validate.ts';
import { figureById } from '#src/data/lookup.ts';

export type Kind = Figure['kind'];

const row = (story: PageStory, year: number) => story.graphics.volume.years.find((r) => r.year === year);
const figure = (story: PageStory, id: string | null | undefined) => (id ? figureById(story, id) : null);

/** The graphic's years, in order: 2014, 2015, 2016. */
export function volumeYears(story: PageStory): number[] {
  return story.graphics.volume.years.map((r) => r.year).sort((a, b) => a - b);
}

/** The year's volume in `currency`, or null where the report gives none (2014 in dollars: never converted). */
export function volumeFigure(story: PageStory, year: number, currency: Currency): Figure | null {
  const r = row(story, year);
  return figure(story, currency === 'CNY' ? r?.yuan : r?.dollars);
}

/** Growth into `year` from the year before, in percent of the yuan volume (reported or derived). */
export function growthFigure(story: PageStory, year: number): Figure | null {
  return figure(story, row(story, year)?.growth);
}

/** Our derived increase into `year` from the year before, in yuan; none where the report gives the growth. */
export function increaseFigure(story: PageStory, year: number): Figure | null {
  return figure(story, row(story, year)?.increase);
}

/**
 * The change into `year` that the graphic marks above its bars: the report's growth rate where it gives
 * one (2015, +28.6%); where we derive the change (2016), the increase in yuan, so that no derived "+20%"
 * sits beside the report's unrelated 20 percent share of foreign trade.
 */
export function changeFigure(story: PageStory, year: number): Figure | null {
  const growth = growthFigure(story, year);
  if (growth && growth.kind !== 'derived') return growth;
  return increaseFigure(story, year) ?? growth;
}

/**
 * Whether a derived figure is worked out from figures of different bodies (the 2015 volume, the research
 * centre's; the 2016 forecast, the ministry's): the report does not say they measure alike, so the change
 * between them is indicative only.
 */
export function fromDifferentBodies(story: PageStory, figure: Figure): boolean {
  if (figure.kind !== 'derived') return false;
  const inputs = story.figures.filter((f) => figure.derivedFrom.includes(f.id));
  return new Set(inputs.map((f) => (f.kind === 'derived' ? '' : f.attribution))).size > 1;
}
