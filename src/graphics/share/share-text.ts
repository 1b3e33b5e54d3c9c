// The share graphic's words, built from the figure so that its kind and (missing) year always show.
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';
import { deferredStrings } from '#src/lib/deferred-strings.ts';
import { fill } from '#src/lib/fill.ts';

/** "of China’s foreign trade — forecast, no year given". */
export function shareWords(figure: Figure): string {
  const { share } = deferredStrings();
  const when = figure.year === null ? share.noYear : fill(share.forYear, { year: figure.year });
  return fill(share.words, { kind: strings.kinds[figure.kind], when });
}

/** Legend wording: what a filled and what an empty square stands for. */
export function legendWords(figure: Figure): { filled: string; empty: string } {
  return { filled: fill(deferredStrings().share.filled, { kind: strings.kinds[figure.kind] }), empty: deferredStrings().share.empty };
}
