// The page's edition, taken on before anything renders: its interface wording (inline in every page but
// the English one) and its number and date formats (from `<html lang>`).
import { localeOf, setPageLocale } from '#src/data/format.ts';
import { setWording, type Wording } from '#src/lib/strings.ts';
import { inlineWordingId, readInlineData } from './inline-data.ts';

export function adoptPageEdition(doc: Document): void {
  setPageLocale(localeOf(doc.documentElement.lang));
  // The build wrote and checked it (src/data/edition-file.ts); a page without it is English.
  setWording(readInlineData(doc, inlineWordingId) as Wording | undefined);
}
