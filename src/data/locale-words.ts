// How Russian and Chinese write amounts and dates, for the formatter (format.ts). Not in the page's code:
// the build puts each edition's table into its page's data (src/build/editions.ts), and the page hands it
// to the formatter (src/app/page-edition.ts), so the English page does not carry them.
import { addLocale, type Locale, type LocaleWords } from './format.ts';

const nbsp = '\u00a0';

export const localeWords: Record<Exclude<Locale, 'en'>, LocaleWords> = {
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
    // A month alone in the nominative ("Апрель 2016 г."), in a date in the genitive ("27 декабря 2016 г."),
    // shortened as the Russian press does ("27 дек.", "2 мая"). A year written with its day or month takes
    // "г.", joined by a no-break space; a dateline's template then adds no full stop of its own.
    months: {
      alone: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
      of: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
      short: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
      dayShort: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    },
    dates: { month: `{alone} {y}${nbsp}г.`, date: `{d}${nbsp}{of} {y}${nbsp}г.`, monthShort: '{short}', dayShort: `{d}${nbsp}{dayShort}` },
  },
  // "5.4万亿元", "约7700亿美元", "28.6%": Chinese counts in 万 and 亿 (10⁸), so a billion is ten 亿 and a trillion
  // is 万亿; no spaces, and four-digit numbers are not grouped ("7700亿"). Months are numbers.
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
    months: { alone: [], of: [], short: [], dayShort: [] },
    dates: { month: '{y}年{n}月', date: '{y}年{n}月{d}日', monthShort: '{n}月', dayShort: '{n}月{d}日' },
  },
};

/** Teaches the formatter every edition's language: for the build and the tests, which format them all. */
export function addEditionLocales(): void {
  for (const [locale, words] of Object.entries(localeWords)) addLocale(locale as Locale, words);
}
