// Number, currency and date formatting for prose, labels and tables, in the report's own units: the one
// formatter of the page. The story's number tokens (tokens.ts), the graphics' labels and the tables all call
// it, so a number reads the same everywhere. Each function takes a locale, by default the page's edition's
// (setPageLocale).
import type { Figure } from './validate.ts';
import { isApproximate, statedValue } from './stated.ts';

export type Currency = 'CNY' | 'USD';
export type Locale = 'en' | 'ru' | 'zh';
type Scale = Exclude<Figure['unit'], 'percent'>;

/**
 * How a language writes amounts and dates: the English in this file; the other editions' in
 * locale-words.ts, which travel with their pages (src/app/page-edition.ts), so that the English page's
 * code does not carry them.
 */
export type LocaleWords = {
  about: string;
  decimal: string;
  group: string;
  /** Between a number and "%": Russian typography sets a no-break space, English and Chinese none. */
  percentSpace: string;
  /** A percentage's full form: English writes the word, Russian and Chinese the sign. */
  percent: string;
  /** Between the number and the scale word, and between the scale word and the currency. */
  space: string;
  /** The scale words; Chinese counts billions in tens of 亿 (`factor`). */
  scale: Record<Scale, { word: string; short: string; factor: number }>;
  currency: Record<Currency, string>;
  currencyShort: Record<Currency, string>;
  /** The currency as a name on its own (the volume graphic's switch). */
  currencyName: Record<Currency, string>;
  /** Month names: alone ("April"), in a date ("27 декабря"), on an axis ("Apr"), in a short date ("27 дек."). */
  months: { alone: string[]; of: string[]; short: string[]; dayShort: string[] };
  /** Dates as patterns of {y} (year), {n} (the month's number), {d} (day) and the month names' {alone}, {of}, {short}, {dayShort}. */
  dates: { month: string; date: string; monthShort: string; dayShort: string };
};

/** The months' English names, January first: the house's, and what the checks look for in English text. */
export const englishMonthNames = [
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

const english: LocaleWords = {
  about: 'about ',
  decimal: '.',
  group: ',',
  percentSpace: '',
  percent: ' percent',
  space: ' ',
  scale: { trillion: { word: 'trillion', short: 'tn', factor: 1 }, billion: { word: 'billion', short: 'bn', factor: 1 } },
  currency: { CNY: 'yuan', USD: 'US dollars' },
  // Not "¥": the yen has that sign too. "US$" says which dollar.
  currencyShort: { CNY: 'yuan', USD: 'US$' },
  currencyName: { CNY: 'yuan', USD: 'US dollars' },
  months: {
    alone: englishMonthNames,
    of: englishMonthNames,
    short: englishMonthNames.map((m) => m.slice(0, 3)),
    dayShort: englishMonthNames.map((m) => m.slice(0, 3)),
  },
  dates: { month: '{alone} {y}', date: '{d} {of} {y}', monthShort: '{short}', dayShort: '{d} {dayShort}' },
};

const tables: Partial<Record<Locale, LocaleWords>> = { en: english };

/** Teaches the formatter another language: the page's own, from its data, or every edition's at build. */
export function addLocale(locale: Locale, words: LocaleWords): void {
  tables[locale] = words;
}

function wordsOf(locale: Locale): LocaleWords {
  const words = tables[locale];
  if (!words) throw new Error(`No number and date formats for "${locale}": addLocale first`);
  return words;
}

let pageLocale: Locale = 'en';

/**
 * Makes `locale` the default of every function here: the page's edition's, set once before it renders (a
 * page never changes language), and by the build before it prerenders each edition.
 */
export function setPageLocale(locale: Locale): void {
  pageLocale = locale;
}

/** The locale of a story's `language` ("zh-CN" is zh). */
export function localeOf(language: string): Locale {
  const code = language.slice(0, 2);
  return code === 'ru' || code === 'zh' ? code : 'en';
}

/**
 * `value` with exactly `decimals` decimals and its thousands grouped the locale's way ("1,234.5", "1 234,5"),
 * with a true minus sign. Written here rather than with d3-format or Intl.NumberFormat: d3-format cost
 * 3.5 KB gzip of the first visit's budget, and the page's first Intl call loads ICU's locale data (see the
 * dates below); three locales' separators are a table.
 */
function fixed(value: number, decimals: number, grouped: boolean, locale: Locale): string {
  const w = wordsOf(locale);
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const digits = grouped && w.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, w.group) : whole;
  const negative = value < 0 && /[1-9]/.test(whole + (fraction ?? ''));
  return `${negative ? '−' : ''}${digits}${fraction === undefined ? '' : `${w.decimal}${fraction}`}`;
}

/**
 * A number as the report writes it: one decimal below 10 ("5.4", "1.0"), whole numbers above as they are
 * ("770", "20"), and one decimal for other numbers above ("28.6").
 */
export function formatNumber(value: number, locale: Locale = pageLocale): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) < 10 || !Number.isInteger(value)) return fixed(value, 1, false, locale);
  return fixed(value, 0, true, locale);
}

/** A number with exactly `decimals` decimals ("4.199"), for the steps of a derived figure's method. */
export function formatDecimals(value: number, decimals: number, locale: Locale = pageLocale): string {
  if (!Number.isFinite(value)) return '–';
  return fixed(value, decimals, true, locale);
}

type Amount = Pick<Figure, 'value' | 'unit' | 'currency'> & { approximate?: boolean };

/** The number and its scale word in the locale's counting: "770 billion", "770 млрд", "7700亿"; "28.6". */
function scaled(figure: Pick<Figure, 'value' | 'unit'>, short: boolean, locale: Locale): string {
  const w = wordsOf(locale);
  if (figure.unit === 'percent') return formatNumber(figure.value, locale);
  const scale = w.scale[figure.unit];
  return `${formatNumber(figure.value * scale.factor, locale)}${w.space}${short ? scale.short : scale.word}`;
}

/** "5.4 trillion yuan", "about 770 billion US dollars", "28.6 percent"; "5,4 трлн юаней"; "约7700亿美元". */
export function formatFigure(figure: Amount, locale: Locale = pageLocale): string {
  const w = wordsOf(locale);
  const about = figure.approximate ? w.about : '';
  if (figure.unit === 'percent') return `${about}${scaled(figure, false, locale)}${w.percentSpace}${w.percent}`;
  const currency = figure.currency ? `${w.space}${w.currency[figure.currency]}` : '';
  return `${about}${scaled(figure, false, locale)}${currency}`;
}

/** A figure as the page states it: a derived one rounded, "about" where approximate ("about 4.2 trillion yuan"). */
export function formatStated(figure: Figure, locale: Locale = pageLocale): string {
  return formatFigure({ ...figure, value: statedValue(figure), approximate: isApproximate(figure) }, locale);
}

/** A short label for graphics: "5.4 tn yuan", "770 bn US$", "+28.6%", "+1.1 tn yuan" (signed); "+28,6 %", "5.4万亿元". */
export function formatShort(
  figure: Pick<Figure, 'value' | 'unit' | 'currency'>,
  { signed = false } = {},
  locale: Locale = pageLocale,
): string {
  const w = wordsOf(locale);
  const sign = signed && figure.value > 0 ? '+' : '';
  if (figure.unit === 'percent') return `${sign}${scaled(figure, true, locale)}${w.percentSpace}%`;
  const currency = figure.currency ? `${w.space}${w.currencyShort[figure.currency]}` : '';
  return `${sign}${scaled(figure, true, locale)}${currency}`;
}

// Dates are written by hand rather than with toLocaleDateString: the page's first Intl call loads ICU's
// locale data, about 30 ms of main thread on this machine (120 ms on a throttled phone) in the middle of
// hydration. Each language's month names and date patterns are a table.

/** The month's index from its number, 1 to 12. @throws for anything else: the schema admits no other. */
function monthIndex(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`No month ${month}`);
  return month - 1;
}

/** `pattern` with the date's parts: "{d} {of} {y}" of 2016-12-27 is "27 December 2016". */
function datePattern(pattern: string, date: string, locale: Locale): string {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  const i = monthIndex(m);
  const { months } = wordsOf(locale);
  const parts: Record<string, string> = {
    y: String(y),
    n: String(i + 1),
    d: String(d),
    alone: months.alone[i] ?? '',
    of: months.of[i] ?? '',
    short: months.short[i] ?? '',
    dayShort: months.dayShort[i] ?? '',
  };
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => parts[key] ?? '');
}

/** "April 2016", "Апрель 2016 г.", "2016年4月" from "2016-04". */
export const formatMonth = (month: string, locale: Locale = pageLocale): string =>
  datePattern(wordsOf(locale).dates.month, `${month}-01`, locale);

/** "Apr", "апр", "4月" from "2016-04": a month on a narrow axis. */
export const formatMonthShort = (month: string, locale: Locale = pageLocale): string =>
  datePattern(wordsOf(locale).dates.monthShort, `${month}-01`, locale);

/** "27 December 2016", "27 декабря 2016 г.", "2016年12月27日" from "2016-12-27" (a template ends it with a full stop where its language wants one). */
export const formatDate = (date: string, locale: Locale = pageLocale): string => datePattern(wordsOf(locale).dates.date, date, locale);

/** "27 Dec", "27 дек.", "12月27日" from "2016-12-27": a date on a narrow graphic, its year given nearby. */
export const formatDayShort = (date: string, locale: Locale = pageLocale): string =>
  datePattern(wordsOf(locale).dates.dayShort, date, locale);

/** Orders things by their "YYYY-MM" month (ISO strings sort as text; no locale collation needed). */
export function byMonth(a: { month: string }, b: { month: string }): number {
  return a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

/** "yuan", "юани", "人民币": a currency's name on its own. */
export function currencyName(currency: Currency, locale: Locale = pageLocale): string {
  return wordsOf(locale).currencyName[currency];
}
