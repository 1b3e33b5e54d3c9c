// The border policy (data/README.md, "Borders") applied to the map's countries, for one edition: the
// countries without the disputed areas, and the disputed areas, each drawn and named in its language.
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryShape, DisputedShape } from '#src/graphics/map/frame-format.ts';
import type { MapNames } from '#src/build/country-names.ts';
import { disputedAreas, disputedCountries } from './border-policy.ts';
import { carveDisputed } from './carve-disputed.ts';

/** A country of world-atlas: `id` its ISO numeric code, or its name where it has none ("Kosovo"). */
export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export type PolicyOptions = {
  /** The countries a place can highlight: the strips along a disputed area's edge come off them too. */
  highlightable: ReadonlySet<string>;
  /** Projects and writes a shape as the frame's path data; '' for one no drawing shows. */
  draw: (object: GeoPermissibleObjects) => string;
  /** The edition's names and tooltips. */
  names: MapNames;
};

/**
 * The countries, without the disputed areas, and the disputed areas with their tooltips: Natural Earth's
 * (data/map/disputed-areas.geojson) cut out of the countries, and the countries disputed whole
 * (data/map/disputed-countries.json, Taiwan) as they are. Shapes no drawing shows are left out.
 * @throws Error where a shape the map shows would go unnamed, or the policy's list names the wrong country
 */
export function policyShapes(
  world: Country[],
  { highlightable, draw, names }: PolicyOptions,
): { countries: CountryShape[]; disputed: DisputedShape[] } {
  const whole = new Map(disputedCountries.map((w) => [w.country, w]));
  const replaced = new Set(disputedCountries.flatMap((w) => w.naturalEarth ?? []));
  const areas = disputedAreas().filter((a) => !replaced.has(a.properties.id));
  const carved = carveDisputed(
    world.filter((c) => !whole.has(c.id)),
    areas.map((a) => ({ id: a.properties.id, geometry: a.geometry })),
    highlightable,
  );

  // Each candidate named only once drawn: an area on no land of any drawing needs no name.
  type Candidate = { id: string; d: string; name: () => string };
  const wholeCountries = world.flatMap((c): Candidate[] => {
    const w = whole.get(c.id);
    if (!w) return [];
    if (w.worldAtlasName !== c.properties.name) {
      throw new Error(`data/map/disputed-countries.json: world-atlas calls "${c.id}" "${c.properties.name}", not "${w.worldAtlasName}"`);
    }
    return [{ id: c.id, d: draw(c), name: () => names.tooltip(w.code ? names.name(w.code) : names.area(c.id), w) }];
  });
  const carvedAreas = areas.flatMap(({ properties: p }): Candidate[] => {
    const geometry = carved.disputed.get(p.id);
    return geometry ? [{ id: p.id, d: draw(geometry), name: () => names.tooltip(names.area(p.id), p) }] : [];
  });
  const countries = carved.countries.map((c): Candidate => ({ id: c.id, d: draw(c), name: () => countryName(c) }));

  /** @throws Error for a country that has no ISO code and is not a disputed area, which would go unnamed */
  function countryName({ id, properties }: Country): string {
    const name = names.country({ id, name: properties.name });
    if (name) return name;
    throw new Error(`world-atlas's "${properties.name}" (${id}) has no ISO code: list it in data/map/disputed-countries.json`);
  }

  const shown = (candidates: Candidate[]) => candidates.filter((c) => c.d !== '').map(({ id, d, name }) => ({ id, name: name(), d }));
  return { countries: shown(countries), disputed: shown([...wholeCountries, ...carvedAreas]) };
}
