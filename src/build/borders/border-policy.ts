// The border policy's data (data/map/, whose README states the policy): Natural Earth's disputed areas near
// the map, the whole countries of world-atlas that are disputed, and the areas' names in each edition.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import wholeCountries from '#data/map/disputed-countries.json' with { type: 'json' };
import areaNames from '#data/map/disputed-names.json' with { type: 'json' };
import type { DisputedAreaProperties } from './derive-disputed.ts';
import type { AreaStatus } from './natural-earth-note.ts';

/** A world-atlas country polygon that is disputed whole (Taiwan, Kosovo): drawn as a disputed area, as it is. */
export type WholeCountry = AreaStatus & {
  /** Its id in the frame: world-atlas's ISO numeric code, or its name where it has none ("Kosovo"). */
  country: string;
  /** world-atlas's own name for it, checked, so that a mistyped code cannot make another country disputed. */
  worldAtlasName: string;
  /** Its ISO two-letter code where it has one: Intl names it then, as it names countries. */
  code?: string;
  /** Natural Earth's record of the same area, which the map leaves out: the 1:110m polygon stands for it. */
  naturalEarth?: string;
};

export type DisputedArea = { properties: DisputedAreaProperties; geometry: Polygon | MultiPolygon };

/** Natural Earth's disputed areas as derived into data/map/disputed-areas.geojson. */
export function disputedAreas(): DisputedArea[] {
  const file = createRequire(import.meta.url).resolve('#data/map/disputed-areas.geojson');
  return (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, DisputedAreaProperties>).features;
}

export const disputedCountries = wholeCountries as WholeCountry[];

/**
 * An area's name in the language of edition `code`, from data/map/disputed-names.json, by its id in the frame.
 * @throws Error if the table has none: every area the map shows needs one in every edition
 */
export function areaName(id: string, code: string): string {
  const name = (areaNames as Record<string, Record<string, string>>)[id]?.[code];
  if (!name) throw new Error(`data/map/disputed-names.json: no ${code} name for the disputed area "${id}", which the map shows`);
  return name;
}
