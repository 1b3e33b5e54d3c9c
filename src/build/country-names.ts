// The map's names in each edition's language, for the tooltips of its countries (their SVG <title>s) and of
// its disputed areas. world-atlas names countries in English short forms ("Dem. Rep. Congo"); a country's
// ISO numeric code leads to its two-letter code (i18n-iso-countries), and that to its name in the edition's language:
// Intl.DisplayNames (Node's full ICU, at build time), or where the desk prefers another form than CLDR's
// ("Конго - Киншаса"), the one in data/map/country-names.json. Disputed areas are named in
// data/map/disputed-names.json, and their tooltips worded by the edition's catalog (mapFrame.*).
import type { EditionFormat } from '#src/i18n/edition-format.ts';
import type { EditionEntry } from '#src/i18n/editions.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';
import { areaName } from './borders/border-policy.ts';
import { disputedTooltip } from './borders/disputed-tooltip.ts';
import type { AreaStatus } from './borders/natural-earth-note.ts';
import countries from 'i18n-iso-countries';
import preferred from '#data/map/country-names.json' with { type: 'json' };

/** A world-atlas country: its ISO numeric code as its id, or its name where it has none ("Kosovo"). */
export type WorldAtlasCountry = { id: string; name: string };

export type RegionNames = {
  /** The ISO two-letter code of a world-atlas country; undefined for an area without one (Somaliland). */
  code: (country: WorldAtlasCountry) => string | undefined;
  /** The name of the country or area with ISO two-letter code `code`. */
  name: (code: string) => string;
  /** A world-atlas country's name, through its code; undefined where it has none. */
  country: (country: WorldAtlasCountry) => string | undefined;
};

/**
 * A world-atlas country's ISO two-letter code, from its numeric code (i18n-iso-countries' table), or from
 * its English name where world-atlas gives no code (Kosovo's XK).
 */
function alpha2({ id, name }: WorldAtlasCountry): string | undefined {
  return (/^\d+$/.test(id) ? countries.numericToAlpha2(id) : undefined) ?? countries.getAlpha2Code(name, 'en');
}

/** Region names in the edition's language. */
export function regionNames({ code: edition, locale }: Pick<EditionEntry, 'code' | 'locale'>): RegionNames {
  const intl = new Intl.DisplayNames([locale], { type: 'region' });
  const desk: Record<string, string> = (preferred as Record<string, Record<string, string>>)[edition] ?? {};
  const name = (code: string) => desk[code] ?? intl.of(code) ?? code;
  return {
    code: alpha2,
    name,
    country: (country) => {
      const found = alpha2(country);
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
