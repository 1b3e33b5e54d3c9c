// The words and short numbers the volume graphic draws: value labels, growth labels and the missing-dollar note.
import { currencyName, formatShort, type Currency } from '#src/data/format.ts';
import { isApproximate, statedValue } from '#src/data/stated.ts';
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';
import { deferredStrings } from '#src/lib/deferred-strings.ts';
import { fill } from '#src/lib/fill.ts';

/** Shown in the 2014 slot in dollar mode: the report converts 2015 and 2016 only, and we never convert. */
export const noDollarFigure = (): string => deferredStrings().volume.noDollars;

/** "5.4 tn yuan", "≈770 bn US$", "≈4.2 tn yuan": derived values rounded to what their inputs support. */
export function valueLabel(figure: Figure): string {
  return `${isApproximate(figure) ? '≈' : ''}${formatShort({ ...figure, value: statedValue(figure) })}`;
}

/**
 * The change label as lines: "+28.6%" for the reported rate; "≈+1.1 tn yuan", "(derived)" for our
 * increase, rounded to what its inputs support, and "indicative only" where `indicative` (its inputs are
 * two bodies' figures). In dollar mode a last line says a rate is of the yuan
 * volume, since the report's growth is of that and dollar growth would be our own computation.
 */
export function growthLines(figure: Figure, currency: Currency, indicative = false): string[] {
  const text = formatShort({ ...figure, value: statedValue(figure) }, { signed: true });
  const inParens = (text: string) => fill(strings.joins.parens, { text });
  const lines = figure.kind === 'derived' ? [`≈${text}`, inParens(strings.kinds.derived)] : [text];
  if (figure.kind === 'forecast') lines.push(inParens(strings.kinds.forecast));
  if (indicative) lines.push(deferredStrings().volume.indicative);
  if (currency !== 'CNY' && figure.currency === null)
    lines.push(fill(deferredStrings().volume.inCurrency, { currency: currencyName('CNY') }));
  return lines;
}
