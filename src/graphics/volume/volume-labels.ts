// The words and short numbers the volume graphic draws: value labels, growth labels and the missing-dollar note.
import type { Currency, Figure } from '#src/data/schema.ts';
import type { FigureText } from '#src/i18n/figure-text.ts';
import type { Translate } from '#src/edition/message.ts';

/**
 * The change label as lines: "+28.6%" for the reported rate; "≈+1.1tn yuan", "(derived)" for our increase,
 * rounded to what its inputs support, and "indicative only" where `indicative` (its inputs are two bodies'
 * figures). In dollar mode a last line says a rate is of the yuan volume, since the report's growth is of
 * that and dollar growth would be our own computation. `text` is the figure's forms (the edition's).
 */
export function growthLines(t: Translate, figure: Figure, text: FigureText, currency: Currency, indicative = false): string[] {
  const inParens = (words: string) => t('joins.parens', { text: words });
  const lines = figure.kind === 'derived' ? [text.signedShort, inParens(t('kinds.derived'))] : [text.signedShort];
  if (figure.kind === 'forecast') lines.push(inParens(t('kinds.forecast')));
  if (indicative) lines.push(t('volume.indicative'));
  if (currency !== 'CNY' && figure.currency === null) lines.push(t('volume.inCurrency', { currency: t('currency.CNY') }));
  return lines;
}
