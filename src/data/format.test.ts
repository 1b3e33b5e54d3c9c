import { describe, expect, it } from 'vitest';
import { addEditionLocales } from './locale-words.ts';
import {
  byMonth,
  formatDate,
  formatDayShort,
  formatDecimals,
  formatFigure,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatShort,
  formatStated,
  setPageLocale,
} from './format.ts';

addEditionLocales();

describe('formatNumber', () => {
  it('writes numbers below ten with one decimal, as the report does', () => {
    expect(formatNumber(5.4)).toBe('5.4');
    expect(formatNumber(1)).toBe('1.0');
    expect(formatNumber(4.1991)).toBe('4.2');
  });
  it('writes larger whole numbers without decimals and with thousands separators', () => {
    expect(formatNumber(770)).toBe('770');
    expect(formatNumber(1234)).toBe('1,234');
  });
  it('keeps one decimal for larger numbers that have one', () => {
    expect(formatNumber(28.6)).toBe('28.6');
  });
  it('writes a dash for a number that is not finite', () => {
    expect(formatNumber(NaN)).toBe('–');
  });
});

describe('formatDecimals', () => {
  it('gives exactly the decimals asked for, thousands grouped, and a true minus sign', () => {
    expect(formatDecimals(4.19906, 3)).toBe('4.199');
    expect(formatDecimals(1286, 1)).toBe('1,286.0');
    expect(formatDecimals(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatDecimals(-0.2037, 3)).toBe('−0.204');
  });
  it('writes a negative that rounds to zero without a sign', () => {
    expect(formatDecimals(-0.0004, 3)).toBe('0.000');
  });
});

describe('formatFigure', () => {
  it('writes yuan volumes in words', () => {
    expect(formatFigure({ value: 5.4, unit: 'trillion', currency: 'CNY' })).toBe('5.4 trillion yuan');
  });
  it('marks the report’s approximate dollar conversions', () => {
    expect(formatFigure({ value: 770, unit: 'billion', currency: 'USD', approximate: true })).toBe('about 770 billion US dollars');
  });
  it('writes percentages in words', () => {
    expect(formatFigure({ value: 28.6, unit: 'percent', currency: null })).toBe('28.6 percent');
  });
});

describe('formatShort', () => {
  it('abbreviates for graphic labels, naming the currency in words rather than with the yen’s sign', () => {
    expect(formatShort({ value: 6.5, unit: 'trillion', currency: 'CNY' })).toBe('6.5 tn yuan');
    expect(formatShort({ value: 935, unit: 'billion', currency: 'USD' })).toBe('935 bn US$');
  });
  it('signs growth and increases when asked', () => {
    expect(formatShort({ value: 28.6, unit: 'percent', currency: null }, { signed: true })).toBe('+28.6%');
    expect(formatShort({ value: 1.1, unit: 'trillion', currency: 'CNY' }, { signed: true })).toBe('+1.1 tn yuan');
  });
});

describe('dates and rounding', () => {
  it('writes months and dates in British order', () => {
    expect(formatMonth('2016-04')).toBe('April 2016');
    expect(formatDate('2016-12-27')).toBe('27 December 2016');
    expect(formatDate('2016-01-05')).toBe('5 January 2016');
  });
  it("agrees with the browser's own British formatting for every month", () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2016-${String(m).padStart(2, '0')}`;
      const intl = new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatMonth(month)).toBe(intl);
    }
  });
  it('refuses a month that does not exist', () => {
    expect(() => formatMonth('2016-13')).toThrow(/No month 13/);
  });
  it('orders by month', () => {
    expect([{ month: '2016-12' }, { month: '2016-04' }, { month: '2016-06' }].sort(byMonth).map((e) => e.month)).toEqual([
      '2016-04',
      '2016-06',
      '2016-12',
    ]);
  });
});

describe('the editions’ number formats', () => {
  const volume = { value: 5.4, unit: 'trillion', currency: 'CNY' } as const;
  const dollars = { value: 770, unit: 'billion', currency: 'USD', approximate: true } as const;
  const growth = { value: 28.6, unit: 'percent', currency: null } as const;

  it('write Russian with a decimal comma, the press’s scale words and a no-break space before the percent sign', () => {
    expect(formatFigure(volume, 'ru')).toBe('5,4\u00a0трлн\u00a0юаней');
    expect(formatFigure(dollars, 'ru')).toBe('около 770\u00a0млрд\u00a0долларов США');
    expect(formatFigure(growth, 'ru')).toBe('28,6\u00a0%');
    expect(formatShort(growth, { signed: true }, 'ru')).toBe('+28,6\u00a0%');
    expect(formatDecimals(1234.5, 1, 'ru')).toBe('1\u00a0234,5');
  });

  it('write Chinese in 万亿 and 亿, a billion being ten 亿, without spaces or grouping', () => {
    expect(formatFigure(volume, 'zh')).toBe('5.4万亿元');
    expect(formatFigure(dollars, 'zh')).toBe('约7700亿美元');
    expect(formatFigure({ value: 1, unit: 'billion', currency: 'USD' }, 'zh')).toBe('10亿美元');
    expect(formatFigure(growth, 'zh')).toBe('28.6%');
    expect(formatShort({ value: 1.1, unit: 'trillion', currency: 'CNY' }, { signed: true }, 'zh')).toBe('+1.1万亿元');
  });

  it('write dates and months each language’s way', () => {
    expect(formatDate('2016-12-27', 'ru')).toBe('27\u00a0декабря 2016\u00a0г.');
    expect(formatMonth('2016-04', 'ru')).toBe('Апрель 2016\u00a0г.');
    expect(formatDate('2016-12-27', 'zh')).toBe('2016年12月27日');
    expect(formatMonth('2016-04', 'zh')).toBe('2016年4月');
    expect(formatMonthShort('2016-11', 'zh')).toBe('11月');
    expect(formatMonthShort('2016-11', 'ru')).toBe('ноя');
    expect(formatDayShort('2016-12-27', 'en')).toBe('27 Dec');
    expect(formatDayShort('2016-12-27', 'ru')).toBe('27\u00a0дек.');
    expect(formatDayShort('2016-05-02', 'ru')).toBe('2\u00a0мая');
    expect(formatDayShort('2016-12-27', 'zh')).toBe('12月27日');
  });

  it('follow the page’s edition when no locale is given', () => {
    setPageLocale('ru');
    try {
      expect(formatStated({ id: 'x', kind: 'reported', ...volume } as never)).toBe('5,4\u00a0трлн\u00a0юаней');
    } finally {
      setPageLocale('en');
    }
    expect(formatFigure(volume)).toBe('5.4 trillion yuan');
  });
});
