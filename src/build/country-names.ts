// The map's country names in each edition's language, for the tooltips of its countries (their SVG
// <title>s) and the notes of its disputed areas. world-atlas names countries in English short forms ("Dem.
// Rep. Congo"); a country's world-atlas name leads to its ISO two-letter code, and that to its name in the
// edition's language: Intl.DisplayNames (Node's full ICU, at build time), or where the desk prefers another
// form than CLDR's ("Конго - Киншаса"), the one in data/map/country-names.json.
import type { Locale } from '#src/data/format.ts';
import preferred from '#data/map/country-names.json' with { type: 'json' };

/** world-atlas's short forms that Intl's English names differ from. */
const aliases: Record<string, string> = {
  'W. Sahara': 'EH',
  'United States of America': 'US',
  'Dem. Rep. Congo': 'CD',
  'Dominican Rep.': 'DO',
  'Falkland Is.': 'FK',
  'Fr. S. Antarctic Lands': 'TF',
  "Côte d'Ivoire": 'CI',
  'Central African Rep.': 'CF',
  Congo: 'CG',
  'Eq. Guinea': 'GQ',
  eSwatini: 'SZ',
  Palestine: 'PS',
  Myanmar: 'MM',
  Turkey: 'TR',
  'Solomon Is.': 'SB',
  'Bosnia and Herz.': 'BA',
  Macedonia: 'MK',
  'Trinidad and Tobago': 'TT',
  'S. Sudan': 'SS',
};

/** Each edition's language as Intl names it: Chinese in simplified characters. */
export const intlLanguage: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

export type RegionNames = {
  /** The ISO two-letter code of a country world-atlas names so; undefined for areas without one (Somaliland). */
  code: (worldAtlasName: string) => string | undefined;
  /** The name of the country or area with ISO two-letter code `code`. */
  name: (code: string) => string;
  /** A world-atlas country's name, through its code; undefined where it has none. */
  country: (worldAtlasName: string) => string | undefined;
};

/** Region names in `locale`; make it once per frame (it reads every code's English name to find codes). */
export function regionNames(locale: Locale): RegionNames {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = new Map(Object.entries(aliases));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code && !codes.has(name)) codes.set(name, code);
    }
  }
  const intl = new Intl.DisplayNames([intlLanguage[locale]], { type: 'region' });
  const desk: Record<string, string> = preferred[locale];
  const name = (code: string) => desk[code] ?? intl.of(code) ?? code;
  const code = (worldAtlasName: string) => codes.get(worldAtlasName);
  return {
    code,
    name,
    country: (worldAtlasName) => {
      const found = code(worldAtlasName);
      return found ? name(found) : undefined;
    },
  };
}
