// Number, currency and date formatting for prose, labels and tables, in the report's own units: the one
// formatter of the page. The story's number tokens (tokens.ts), the graphics' labels and the tables all call
// it, so a number reads the same everywhere. Each function takes a locale, by default the page's edition's
// (setPageLocale).
import type { Figure } from './validate.ts';
import { isApproximate, statedValue } from './stated.ts';

export type Currency = 'CNY' | 'USD';
export type Locale = 'en' | 'ru' | 'zh';
type Scale = Exclude<Figure['unit'], 'percent'>;

/** How a language writes an amount; the scale word's rule is its own (Chinese counts billions in tens of 亿). */
type Words = {
  about: string;
  decimal: string;
  group: string;
  /** Between a number and "%": Russian typography sets a no-break space, English and Chinese none. */
  percentSpace: string;
  /** A percentage's full form: English writes the word, Russian and Chinese the sign. */
  percent: string;
  /** Between the number and the scale word, and between the scale word and the currency. */
  space: string;
  scale: Record<Scale, { word: string; short: string; factor: number }>;
  currency: Record<Currency, string>;
  currencyShort: Record<Currency, string>;
  /** The currency as a name on its own (the volume graphic's switch). */
  currencyName: Record<Currency, string>;
};

const nbsp = '\u00a0';

const words: Record<Locale, Words> = {
  en: {
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
  },
  // "5,4 трлн юаней", "около 770 млрд долларов США", "28,6 %": the forms of the Russian press. After "трлн" and
  // "млрд" the currency is always in the genitive plural, so no plural rule is needed.
  ru: {
    about: 'около ',
    decimal: ',',
    group: nbsp,
    percentSpace: nbsp,
    percent: '%',
    space: nbsp,
    scale: { trillion: { word: 'трлн', short: 'трлн', factor: 1 }, billion: { word: 'млрд', short: 'млрд', factor: 1 } },
    currency: { CNY: 'юаней', USD: 'долларов США' },
    currencyShort: { CNY: 'юаней', USD: 'долл.' },
    currencyName: { CNY: 'юани', USD: 'доллары США' },
  },
  // "5.4万亿元", "约7700亿美元", "28.6%": Chinese counts in 万 and 亿 (10⁸), so a billion is ten 亿 and a trillion
  // is 万亿; no spaces, and four-digit numbers are not grouped ("7700亿").
  zh: {
    about: '约',
    decimal: '.',
    group: '',
    percentSpace: '',
    percent: '%',
    space: '',
    scale: { trillion: { word: '万亿', short: '万亿', factor: 1 }, billion: { word: '亿', short: '亿', factor: 10 } },
    currency: { CNY: '元', USD: '美元' },
    currencyShort: { CNY: '元', USD: '美元' },
    currencyName: { CNY: '人民币', USD: '美元' },
  },
};

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
  const w = words[locale];
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
  const w = words[locale];
  if (figure.unit === 'percent') return formatNumber(figure.value, locale);
  const scale = w.scale[figure.unit];
  return `${formatNumber(figure.value * scale.factor, locale)}${w.space}${short ? scale.short : scale.word}`;
}

/** "5.4 trillion yuan", "about 770 billion US dollars", "28.6 percent"; "5,4 трлн юаней"; "约7700亿美元". */
export function formatFigure(figure: Amount, locale: Locale = pageLocale): string {
  const w = words[locale];
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
  const w = words[locale];
  const sign = signed && figure.value > 0 ? '+' : '';
  if (figure.unit === 'percent') return `${sign}${scaled(figure, true, locale)}${w.percentSpace}%`;
  const currency = figure.currency ? `${w.space}${w.currencyShort[figure.currency]}` : '';
  return `${sign}${scaled(figure, true, locale)}${currency}`;
}

// Dates are written by hand rather than with toLocaleDateString: the page's first Intl call loads ICU's
// locale data, about 30 ms of main thread on this machine (120 ms on a throttled phone) in the middle of
// hydration. Two alphabets' month names are a table; Chinese writes months as numbers.
const monthNames: Record<Exclude<Locale, 'zh'>, { alone: string[]; of: string[]; short: string[] }> = {
  en: {
    alone: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    of: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  // Russian names a month alone in the nominative ("Апрель 2016") and in a date in the genitive ("27 декабря").
  ru: {
    alone: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
    of: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    short: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  },
};

/** The month's index from its number, 1 to 12. @throws for anything else: the schema admits no other. */
function monthIndex(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`No month ${month}`);
  return month - 1;
}

const nameOf = (list: string[], month: number) => list[monthIndex(month)] ?? '';

/** "April 2016", "Апрель 2016", "2016年4月" from "2016-04". */
export function formatMonth(month: string, locale: Locale = pageLocale): string {
  const [year, m = 0] = month.split('-').map(Number);
  if (locale === 'zh') return `${year}年${monthIndex(m) + 1}月`;
  return `${nameOf(monthNames[locale].alone, m)} ${year}`;
}

/** "Apr", "апр", "4月" from "2016-04": a month on a narrow axis. */
export function formatMonthShort(month: string, locale: Locale = pageLocale): string {
  const m = Number(month.split('-')[1]);
  return locale === 'zh' ? `${monthIndex(m) + 1}月` : nameOf(monthNames[locale].short, m);
}

/** "27 December 2016", "27 декабря 2016", "2016年12月27日" from "2016-12-27" (no "г.": a dateline's full stop follows). */
export function formatDate(date: string, locale: Locale = pageLocale): string {
  const [year, m = 0, day] = date.split('-').map(Number);
  if (locale === 'zh') return `${year}年${monthIndex(m) + 1}月${day}日`;
  if (locale === 'ru') return `${day}${nbsp}${nameOf(monthNames.ru.of, m)} ${year}`;
  return `${day} ${nameOf(monthNames.en.of, m)} ${year}`;
}

/** "27 Dec", "27 дек.", "12月27日" from "2016-12-27": a date on a narrow graphic, its year given nearby. */
export function formatDayShort(date: string, locale: Locale = pageLocale): string {
  const [, m = 0, day] = date.split('-').map(Number);
  if (locale === 'zh') return `${monthIndex(m) + 1}月${day}日`;
  if (locale === 'en') return `${day} ${nameOf(monthNames.en.short, m)}`;
  // Russian shortens the genitive ("27 дек."), but writes the short ones whole ("2 мая", "3 июня").
  const of = nameOf(monthNames.ru.of, m);
  return `${day}${nbsp}${of.length <= 4 ? of : `${of.slice(0, 3)}.`}`;
}

/** Orders things by their "YYYY-MM" month (ISO strings sort as text; no locale collation needed). */
export function byMonth(a: { month: string }, b: { month: string }): number {
  return a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

/** "yuan", "юани", "人民币": a currency's name on its own. */
export function currencyName(currency: Currency, locale: Locale = pageLocale): string {
  return words[locale].currencyName[currency];
}
