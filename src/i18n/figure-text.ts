// How an edition writes the story's numbers: by the platform (Intl.NumberFormat, its compact notation for
// the scale: "5.4 trillion", "5,4 трлн", "5.4万亿", "7700亿"), with the words around them (currency, "about",
// percent) from the edition's catalog. Made at build: the page receives the strings.
import type { Figure } from '#src/data/derive-story.ts';
import { isApproximate, statedValue } from '#src/data/stated.ts';
import type { Messages } from './messages.ts';

/** How an edition writes numbers: its Intl locale, and whether its prose spells the scale out ("trillion") or shortens it ("трлн"). */
export type NumberRules = { locale: string; numbers: 'long' | 'short' };

/** Every form a figure takes on the page. */
export type FigureText = {
  /** As the prose and the tables state it: "5.4 trillion yuan", "about 770 billion US dollars", "28.6 percent". */
  stated: string;
  /** The number alone, as stated (a derived one rounded): "5.4", "20". */
  value: string;
  /** On a graphic: "5.4tn yuan", "US$770bn", "28.6%". */
  short: string;
  /** On a graphic, "≈" where approximate: "≈US$770bn". */
  approxShort: string;
  /** A change on a graphic, with its sign: "+28.6%", "+1.1tn yuan". */
  signedShort: string;
};

const scales = { trillion: 1e12, billion: 1e9, percent: 1 } as const;

/**
 * How many significant digits a value is given to: as the report writes it (1.0 billion: two; 28.6
 * percent: three; 770: three), so "1.0 billion" stays "1.0" and becomes "10亿", not "10.0亿".
 */
export function significantDigits(value: number): number {
  const written = Math.abs(value) < 10 || !Number.isInteger(value) ? value.toFixed(1) : String(value);
  return Math.max(1, written.replace(/^[-0.]+/, '').replace('.', '').length);
}

/** A number in the edition's way, to `digits` significant digits; in compact notation for an amount. */
function number(value: number, unit: Figure['unit'], rules: NumberRules, display: 'long' | 'short', signed = false): string {
  const digits = significantDigits(value);
  const options: Intl.NumberFormatOptions = {
    minimumSignificantDigits: digits,
    maximumSignificantDigits: digits,
    ...(unit !== 'percent' && { notation: 'compact', compactDisplay: display }),
    ...(signed && { signDisplay: 'exceptZero' }),
  };
  return new Intl.NumberFormat(rules.locale, options).format(value * scales[unit]);
}

/** A decimal in the edition's way, with exactly `decimals` decimals ("4,199"): a method's working. */
export function decimalText(value: number, decimals: number, rules: NumberRules): string {
  return new Intl.NumberFormat(rules.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** Every form of `figure` in the edition whose rules and catalog are given. */
export function figureText(figure: Figure, rules: NumberRules, t: Messages): FigureText {
  const value = statedValue(figure);
  const about = isApproximate(figure);
  const words = (amount: string, short: boolean) =>
    figure.unit === 'percent'
      ? t(short ? 'figure.percentShort' : 'figure.percent', { value: amount })
      : figure.currency
        ? t(`figure.${short ? 'amountShort' : 'amount'}.${figure.currency}`, { amount })
        : amount;
  const stated = words(number(value, figure.unit, rules, rules.numbers), false);
  const short = words(number(value, figure.unit, rules, 'short'), true);
  return {
    stated: about ? t('figure.about', { amount: stated }) : stated,
    value: decimalText(value, Math.abs(value) < 10 || !Number.isInteger(value) ? 1 : 0, rules),
    short,
    approxShort: `${about ? '≈' : ''}${short}`,
    signedShort: `${about ? '≈' : ''}${words(number(value, figure.unit, rules, 'short', true), true)}`,
  };
}
