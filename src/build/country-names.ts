// The map's names in each edition's language, for the tooltips of its countries (their SVG <title>s) and of
// its disputed areas. world-atlas names countries in English short forms ("Dem. Rep. Congo"); a country's
// world-atlas name leads to its ISO two-letter code, and that to its name in the edition's language:
// Intl.DisplayNames (Node's full ICU, at build time), or where the desk prefers another form than CLDR's
// ("Конго - Киншаса"), the one in data/map/country-names.json. Disputed areas are named in
// data/map/disputed-names.json, and their tooltips worded by the edition's catalog (mapFrame.*).
import type { EditionFormat } from '#src/i18n/edition-format.ts';
import type { EditionEntry } from '#src/i18n/editions.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';
import { areaName } from './borders/border-policy.ts';
import { disputedTooltip } from './borders/disputed-tooltip.ts';
import type { AreaStatus } from './borders/natural-earth-note.ts';
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

export type RegionNames = {
  /** The ISO two-letter code of a country world-atlas names so; undefined for areas without one (Somaliland). */
  code: (worldAtlasName: string) => string | undefined;
  /** The name of the country or area with ISO two-letter code `code`. */
  name: (code: string) => string;
  /** A world-atlas country's name, through its code; undefined where it has none. */
  country: (worldAtlasName: string) => string | undefined;
};

/** Region names in the edition's language; make it once per frame (it reads every code's English name to find codes). */
export function regionNames({ code: edition, locale }: Pick<EditionEntry, 'code' | 'locale'>): RegionNames {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = new Map(Object.entries(aliases));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code && !codes.has(name)) codes.set(name, code);
    }
  }
  const intl = new Intl.DisplayNames([locale], { type: 'region' });
  const desk: Record<string, string> = (preferred as Record<string, Record<string, string>>)[edition] ?? {};
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

/** Everything the map frame names, in one edition's language. */
export type MapNames = RegionNames & {
  /** A disputed area's name, by its id in the frame. */
  area: (id: string) => string;
  /** A disputed area's tooltip: its name, and who administers and who claims it. */
  tooltip: (name: string, status: AreaStatus) => string;
};

/**
 * The map's names for an edition; `transform` rewrites each (the pseudo-locale's, made from the English).
 */
export function mapNames(
  edition: Pick<EditionEntry, 'code' | 'locale'>,
  format: EditionFormat,
  transform = (name: string) => name,
): MapNames {
  const region = regionNames(edition);
  return {
    code: region.code,
    name: (code) => transform(region.name(code)),
    country: (worldAtlasName) => {
      const name = region.country(worldAtlasName);
      return name === undefined ? undefined : transform(name);
    },
    area: (id) => transform(areaName(id, edition.code)),
    tooltip: (name, status) => disputedTooltip(name, status, format, (code) => transform(region.name(code))),
  };
}

/** The English edition's, the map's tests' default. */
export const englishMapNames = (): MapNames => mapNames({ code: 'en', locale: 'en-GB' }, englishFormat());
