// Number and currency formatting for prose, labels and tables, in the report's own units.
import { format } from 'd3-format';
import type { Figure } from './validate.ts';

export type Currency = 'CNY' | 'USD';

const currencyWords: Record<Currency, string> = { CNY: 'yuan', USD: 'US dollars' };
// Not "¥": the yen has that sign too. "US$" says which dollar.
const currencyShort: Record<Currency, string> = { CNY: 'yuan', USD: 'US$' };
const scaleAbbreviations = { trillion: 'tn', billion: 'bn' } as const;

const oneDecimal = format('.1f');

/**
 * A number as the report writes it: one decimal below 10 ("5.4", "1.0"), whole numbers above as they are
 * ("770", "20"), and one decimal for other numbers above ("28.6").
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) < 10 || !Number.isInteger(value)) return oneDecimal(value);
  return format(',.0f')(value);
}

/** "5.4 trillion yuan", "about 770 billion US dollars", "28.6 percent". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'currency'> & { approximate?: boolean }): string {
  const about = figure.approximate ? 'about ' : '';
  if (figure.unit === 'percent') return `${about}${formatNumber(figure.value)} percent`;
  const currency = figure.currency ? ` ${currencyWords[figure.currency]}` : '';
  return `${about}${formatNumber(figure.value)} ${figure.unit}${currency}`;
}

/** A short label for graphics: "5.4 tn yuan", "770 bn US$", "+28.6%", "+1.1 tn yuan" (signed). */
export function formatShort(figure: Pick<Figure, 'value' | 'unit' | 'currency'>, { signed = false } = {}): string {
  const sign = signed && figure.value > 0 ? '+' : '';
  if (figure.unit === 'percent') return `${sign}${formatNumber(figure.value)}%`;
  const currency = figure.currency ? ` ${currencyShort[figure.currency]}` : '';
  return `${sign}${formatNumber(figure.value)} ${scaleAbbreviations[figure.unit]}${currency}`;
}

// Dates are written by hand rather than with toLocaleDateString: the page's first Intl call loads ICU's
// locale data, about 30 ms of main thread on this machine (120 ms on a throttled phone) in the middle of
// hydration. The story is in British English only, so a table of month names does the job exactly.
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthName(month: number): string {
  const name = monthNames[month - 1];
  if (!name) throw new Error(`No month ${month}`);
  return name;
}

/** "April 2016" from "2016-04". */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${monthName(m ?? 0)} ${year}`;
}

/** "27 December 2016" from "2016-12-27". */
export function formatDate(date: string): string {
  const [year, m, day] = date.split('-').map(Number);
  return `${day} ${monthName(m ?? 0)} ${year}`;
}

/** Orders things by their "YYYY-MM" month (ISO strings sort as text; no locale collation needed). */
export function byMonth(a: { month: string }, b: { month: string }): number {
  return a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

export function currencyName(currency: Currency): string {
  return currencyWords[currency];
}
