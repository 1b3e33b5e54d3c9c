// How an edition writes dates: by the platform (Intl.DateTimeFormat in the edition's locale), at build.
// "27 December 2016", "27 декабря 2016 г.", "2016年12月27日".

const utc = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
const write = (locale: string, iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utc(iso));

/** A whole date, "2016-12-27": "27 December 2016". */
export const longDate = (iso: string, locale: string) => write(locale, iso, { day: 'numeric', month: 'long', year: 'numeric' });

/** A date on a narrow graphic, its year given nearby: "27 Dec", "27 дек.", "12月27日". */
export const shortDate = (iso: string, locale: string) => write(locale, iso, { day: 'numeric', month: 'short' });

/** A month of a year, as a table's cell starts with it: "April 2016", "Апрель 2016 г.", "2016年4月". */
export function monthOfYear(month: string, locale: string): string {
  const text = write(locale, month, { month: 'long', year: 'numeric' });
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A month on a narrow axis: "Apr", "апр.", "4月". */
export const shortMonth = (month: string, locale: string) => write(locale, month, { month: 'short' });
