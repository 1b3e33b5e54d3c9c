// The page's edition, taken on before anything renders: its interface wording (inline in every page, the
// English one too) and its number and date formats (its language from `<html lang>`, its words from the
// same data).
import { addLocale, localeOf, setPageLocale, type LocaleWords } from '#src/data/format.ts';
import { setWording, type Wording } from '#src/lib/strings.ts';
import { inlineWordingId, readInlineData } from './inline-data.ts';

export function adoptPageEdition(doc: Document): void {
  // The build wrote and checked it (src/data/edition-file.ts).
  const wording = readInlineData(doc, inlineWordingId) as Wording | undefined;
  const locale = localeOf(doc.documentElement.lang);
  if (wording?.format) addLocale(locale, wording.format as LocaleWords);
  setPageLocale(locale);
  setWording(wording);
}
