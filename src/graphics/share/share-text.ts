// The share graphic's words, built from the figure so that its kind and (missing) year always show.
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';

const whole = "of China's foreign trade";

/** "of China's foreign trade — forecast, no year given". */
export function shareWords(figure: Figure): string {
  const when = figure.year === null ? 'no year given' : `for ${figure.year}`;
  return `${whole} — ${strings.kinds[figure.kind]}, ${when}`;
}

/** Legend wording: what a filled and what an empty square stands for. */
export function legendWords(figure: Figure): { filled: string; empty: string } {
  return { filled: `cross-border e-commerce (${strings.kinds[figure.kind]})`, empty: 'rest of foreign trade' };
}
