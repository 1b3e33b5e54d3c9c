// The share graphic's words, built from the figure so that its kind and (missing) year always show.
import type { Figure } from '#src/data/schema.ts';
import type { Translate } from '#src/edition/message.ts';

/** "of China’s foreign trade — forecast, no year given". */
export function shareWords(t: Translate, figure: Figure): string {
  const when = figure.year === null ? t('share.noYear') : t('share.forYear', { year: figure.year });
  return t('share.words', { kind: t(`kinds.${figure.kind}`), when });
}

/** Legend wording: what a filled and what an empty square stands for. */
export function legendWords(t: Translate, figure: Figure): { filled: string; empty: string } {
  return { filled: t('share.filled', { kind: t(`kinds.${figure.kind}`) }), empty: t('share.empty') };
}
