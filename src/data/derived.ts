// The figures we compute from reported ones. Each is a small pure function, tested in derived.test.ts.

/** The previous year's value implied by this year's value and its year-on-year growth in percent. */
export function impliedPreviousValue(value: number, growthPercent: number): number {
  return value / (1 + growthPercent / 100);
}

/** Growth from `from` to `to`, in percent. */
export function growthPercent(from: number, to: number): number {
  return (to / from - 1) * 100;
}

/** The change from `from` to `to`, in their unit. */
export function increase(from: number, to: number): number {
  return to - from;
}

/**
 * A derived value as precisely as we may state it: to two significant figures, the precision of the
 * report's volumes (5.4 and 6.5 trillion yuan) that every derived figure rests on. 4.199 to 4.2, 20.37 to 20.
 */
export function roundDerived(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(2)) : value;
}

/**
 * How each derived figure in data/story.json is computed, keyed by its id. The inputs arrive in the
 * order of the figure's `derivedFrom` list; the schema check makes sure every derived figure has a rule
 * here and that its inputs exist.
 */
export const derivationRules: Record<string, (inputs: number[]) => number> = {
  'volume-2014-cny': ([volume2015 = NaN, growth2015 = NaN]) => impliedPreviousValue(volume2015, growth2015),
  'growth-2016': ([forecast2016 = NaN, volume2015 = NaN]) => growthPercent(volume2015, forecast2016),
  'increase-2016-cny': ([forecast2016 = NaN, volume2015 = NaN]) => increase(volume2015, forecast2016),
};
