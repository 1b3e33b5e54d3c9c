// Number and currency formatting for prose, labels and tables, in the report's own units: the one formatter
// of the page. The story's number tokens (tokens.ts), the graphics' labels and the tables all call it, so a
// number reads the same everywhere. Each function takes a locale, 'en' today, for the language editions.
import type { Figure } from './validate.ts';
import { isApproximate, statedValue } from './stated.ts';

export type Currency = 'CNY' | 'USD';
export type Locale = 'en';
type Scale = Exclude<Figure['unit'], 'percent'>;

type Words = {
  about: string;
  percent: string;
  scale: Record<Scale, string>;
  scaleShort: Record<Scale, string>;
  currency: Record<Currency, string>;
  currencyShort: Record<Currency, string>;
};

const words: Record<Locale, Words> = {
  en: {
    about: 'about',
    percent: 'percent',
    scale: { trillion: 'trillion', billion: 'billion' },
    scaleShort: { trillion: 'tn', billion: 'bn' },
    currency: { CNY: 'yuan', USD: 'US dollars' },
    // Not "¥": the yen has that sign too. "US$" says which dollar.
    currencyShort: { CNY: 'yuan', USD: 'US$' },
  },
};

/**
 * `value` with exactly `decimals` decimals and its thousands grouped, the English way ("1,234.5"), with a
 * true minus sign. Written here rather than with d3-format, which did the same for 3.5 KB gzip of the
 * first visit's budget; the language editions can take their separators from Intl.NumberFormat, which
 * costs no download.
 */
function fixed(value: number, decimals: number, grouped: boolean): string {
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const negative = value < 0 && /[1-9]/.test(whole + (fraction ?? ''));
  return `${negative ? '−' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A number as the report writes it: one decimal below 10 ("5.4", "1.0"), whole numbers above as they are
 * ("770", "20"), and one decimal for other numbers above ("28.6").
 */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) return '–';
  void locale; // English only today: see fixed()
  if (Math.abs(value) < 10 || !Number.isInteger(value)) return fixed(value, 1, false);
  return fixed(value, 0, true);
}

/** A number with exactly `decimals` decimals ("4.199"), for the steps of a derived figure's method. */
export function formatDecimals(value: number, decimals: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) return '–';
  void locale; // English only today: see fixed()
  return fixed(value, decimals, true);
}

type Amount = Pick<Figure, 'value' | 'unit' | 'currency'> & { approximate?: boolean };

/** "5.4 trillion yuan", "about 770 billion US dollars", "28.6 percent". */
export function formatFigure(figure: Amount, locale: Locale = 'en'): string {
  const w = words[locale];
  const about = figure.approximate ? `${w.about} ` : '';
  if (figure.unit === 'percent') return `${about}${formatNumber(figure.value, locale)} ${w.percent}`;
  const currency = figure.currency ? ` ${w.currency[figure.currency]}` : '';
  return `${about}${formatNumber(figure.value, locale)} ${w.scale[figure.unit]}${currency}`;
}

/** A figure as the page states it: a derived one rounded, "about" where approximate ("about 4.2 trillion yuan"). */
export function formatStated(figure: Figure, locale: Locale = 'en'): string {
  return formatFigure({ ...figure, value: statedValue(figure), approximate: isApproximate(figure) }, locale);
}

/** A short label for graphics: "5.4 tn yuan", "770 bn US$", "+28.6%", "+1.1 tn yuan" (signed). */
export function formatShort(figure: Pick<Figure, 'value' | 'unit' | 'currency'>, { signed = false } = {}, locale: Locale = 'en'): string {
  const w = words[locale];
  const sign = signed && figure.value > 0 ? '+' : '';
  if (figure.unit === 'percent') return `${sign}${formatNumber(figure.value, locale)}%`;
  const currency = figure.currency ? ` ${w.currencyShort[figure.currency]}` : '';
  return `${sign}${formatNumber(figure.value, locale)} ${w.scaleShort[figure.unit]}${currency}`;
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

export function currencyName(currency: Currency, locale: Locale = 'en'): string {
  return words[locale].currency[currency];
}
