// Turns world-atlas TopoJSON into the country shapes the map draws, keeping only those near its region.
import { geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionCentre, regionRadius } from './region';

/** One country: `id` is its ISO 3166-1 numeric code as a string ("156" is China), as places' `countryIds` use. */
export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== 'object' || value === null) return false;
  const topology = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return topology.type === 'Topology' && topology.objects?.countries?.type === 'GeometryCollection';
}

function rings(country: Country): Position[][] {
  const geometry = country.geometry;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const maxDistance = (regionRadius * Math.PI) / 180;

/** A country is kept if any of its vertices is near enough to the centre to be in view at some size. */
function nearRegion(country: Country): boolean {
  return rings(country).some((ring) => ring.some(([lon = 0, lat = 0]) => geoDistance([lon, lat], regionCentre) < maxDistance));
}

/**
 * Converts world-atlas's `countries-*.json` to country features near the map's region.
 * Countries without an ISO code in world-atlas (e.g. Kosovo) are kept under their name, so they are drawn.
 * @throws Error if the input is not world-atlas TopoJSON with a `countries` object
 */
export function countriesFromTopology(input: unknown): Country[] {
  if (!isWorldTopology(input)) throw new Error('The map geometry is not world-atlas TopoJSON.');
  const collection = feature(input, input.objects.countries);
  const countries: Country[] = [];
  for (const f of collection.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const name = f.properties.name;
    const country: Country = { ...f, geometry: f.geometry, properties: { name }, id: String(f.id ?? name) };
    if (nearRegion(country)) countries.push(country);
  }
  return countries;
}
