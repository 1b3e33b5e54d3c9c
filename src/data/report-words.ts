// How the report, in English, writes its numbers and months: what the checks against it look for.

/** The months' English names, January first, as the report names them ("In April"). */
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

/** A number as the report writes it: one decimal below 10 ("5.4", "1.0"), whole numbers above as they are ("770"), one decimal for others ("28.6"). */
export function reportNumber(value: number): string {
  if (Math.abs(value) < 10 || !Number.isInteger(value)) return value.toFixed(1);
  return String(value);
}
