// An edition's way of writing: its numbers and dates by Intl in its locale, its words from its catalog. One
// object per edition, made at build, passed to what writes the story's text (no module holds a language).
import type { Figure } from '#src/data/derive-story.ts';
import { decimalText, figureText, type FigureText, type NumberRules } from './figure-text.ts';
import { messagesOf, type Catalog, type Messages } from './messages.ts';
import { longDate, monthOfYear, shortDate, shortMonth } from './dates.ts';
import editions from '#data/editions.json' with { type: 'json' };
import englishCatalog from '#data/messages/en.json' with { type: 'json' };

export type EditionFormat = {
  locale: string;
  t: Messages;
  figure: (figure: Figure) => FigureText;
  decimal: (value: number, decimals: number) => string;
  /** Items joined as the language joins a list ("Pakistan and India"). */
  list: (items: string[]) => string;
  /** A date or a month written the edition's way, from its ISO form (dates.ts). */
  date: {
    long: (iso: string) => string;
    short: (iso: string) => string;
    month: (iso: string) => string;
    monthShort: (iso: string) => string;
  };
};

export function editionFormat(rules: NumberRules, catalog: Catalog): EditionFormat {
  const t = messagesOf(catalog, rules.locale);
  return {
    locale: rules.locale,
    t,
    figure: (figure) => figureText(figure, rules, t),
    decimal: (value, decimals) => decimalText(value, decimals, rules),
    list: (items) => new Intl.ListFormat(rules.locale, { type: 'conjunction' }).format(items),
    date: {
      long: (iso) => longDate(iso, rules.locale),
      short: (iso) => shortDate(iso, rules.locale),
      month: (iso) => monthOfYear(iso, rules.locale),
      monthShort: (iso) => shortMonth(iso, rules.locale),
    },
  };
}

/** The English edition's: the story as written, and the default of what writes it (the tests'). */
export const englishFormat = (): EditionFormat => editionFormat(editions[0] as NumberRules, englishCatalog);
