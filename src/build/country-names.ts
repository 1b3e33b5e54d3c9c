// The map's country names in each edition's language, for the tooltips of its countries (their SVG
// <title>s): world-atlas names them in English only, by ISO numeric code, and Intl.DisplayNames (Node's
// full ICU, at build time) names regions by their two-letter codes. A country's English name leads to its
// two-letter code, and that to its name in the edition's language.
import type { Locale } from '#src/data/format.ts';

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

let codes: Map<string, string> | undefined;

/** Every region's English name with its two-letter code, from Intl. */
function codesByEnglishName(): Map<string, string> {
  if (codes) return codes;
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  codes = new Map(Object.entries(aliases));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code && !codes.has(name)) codes.set(name, code);
    }
  }
  return codes;
}

const languages: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

/**
 * The country's name in `locale`: world-atlas's own in English; otherwise Intl's, or undefined where the
 * area has no ISO code (Northern Cyprus, Somaliland), which then goes without a tooltip rather than with
 * an English one.
 */
export function countryName(englishName: string, locale: Locale): string | undefined {
  if (locale === 'en') return englishName;
  const code = codesByEnglishName().get(englishName);
  return code ? new Intl.DisplayNames([languages[locale]], { type: 'region' }).of(code) : undefined;
}
