// The words and short numbers the volume graphic draws: value labels, growth labels and the missing-dollar note.
import { format } from 'd3-format';
import { currencyName, formatShort, type Currency } from '#src/data/format.ts';
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';
import { isApproximate } from './volume-data.ts';

/** Shown in the 2014 slot in dollar mode: the report converts 2015 and 2016 only, and we never convert. */
export const noDollarFigure = 'no dollar figure in the report';

/** "¥5.4tn", "≈$770bn", "≈¥4.2tn". */
export function valueLabel(figure: Figure): string {
  return `${isApproximate(figure) ? '≈' : ''}${formatShort(figure)}`;
}

const wholeSigned = format('+.0f');

/**
 * The growth label as lines: "+28.6%" for the reported rate; "≈+20%", "(derived)" for ours, rounded to
 * what its two-significant-figure inputs support. In dollar mode a last line says the rate is of the
 * yuan volume, since the report's growth is of that and dollar growth would be our own computation.
 */
export function growthLines(figure: Figure, currency: Currency): string[] {
  const lines =
    figure.kind === 'derived' ? [`≈${wholeSigned(figure.value)}%`, `(${strings.kinds.derived})`] : [formatShort(figure, { signed: true })];
  if (figure.kind === 'forecast') lines.push(`(${strings.kinds.forecast})`);
  if (currency !== 'CNY') lines.push(`in ${currencyName('CNY')}`);
  return lines;
}
