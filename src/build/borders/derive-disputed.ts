// Derives data/map/disputed-areas.geojson from Natural Earth's 1:10m disputed areas: the areas the border
// policy (data/map/README.md) counts as disputed, near the map, with only the properties the build uses,
// their lines simplified to the map's own scale. Run by derive-disputed-areas.mjs beside this file.
import { geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { frameScale, regionCentre, regionRadius } from '#src/graphics/map/region.ts';
import { readNote, type AreaStatus } from './natural-earth-note.ts';

export type DisputedAreaProperties = AreaStatus & {
  /** Natural Earth's BRK_A3, its id for the area ("B89"). */
  id: string;
  /** Natural Earth's BRK_NAME, in English; the editions' names are in data/map/disputed-names.json. */
  name: string;
  /** Natural Earth's TYPE: Disputed, Breakaway or Indeterminate. */
  type: string;
  /** Natural Earth's NOTE_BRK, verbatim. */
  note: string;
};

export type DisputedArea = Feature<Polygon | MultiPolygon, DisputedAreaProperties>;

type NaturalEarthArea = Feature<Polygon | MultiPolygon | null, Record<string, unknown> | null>;

/**
 * The policy's rule: an area whose status Natural Earth records as disputed, breakaway or indeterminate,
 * with a claim on it. Overlays (the Korean DMZ), leases (Baykonur), dependencies and geographic units
 * (Gaza and the West Bank, which the map draws as Palestine's own polygon) are not disputes for this map.
 */
const disputeTypes = new Set(['Disputed', 'Breakaway', 'Indeterminate']);
export const isDispute = (type: unknown, note: unknown): boolean =>
  typeof type === 'string' && disputeTypes.has(type) && typeof note === 'string' && /claimed by/i.test(note);

/**
 * Kept: areas with a point within 5° more than the map's own reach (region.ts), so that the build, not
 * this file, decides what the map shows.
 */
const reach = ((regionRadius + 5) * Math.PI) / 180;
const near = (polygons: Position[][][]) =>
  polygons.some((p) => p.some((ring) => ring.some(([x = 0, y = 0]) => geoDistance([x, y], regionCentre) < reach)));

/**
 * The smallest triangle a vertex may make with its neighbours and stay, in square units of the map's frame
 * (region.ts: a unit is about 7 km): about the lower quartile of the 1:110m countries' own vertices, so a
 * disputed line is as detailed as the borders around it. A 1:10m line kept whole would draw every bend of
 * the 1:10m data at a scale that shows none of its neighbours', and double the map frame's bytes.
 */
const smallestTriangle = 20 / frameScale ** 2;

/**
 * The areas' lines simplified together (Visvalingam, on the sphere, through a topology), so that the line
 * two areas share stays one line (Jammu and Kashmir's and Azad Kashmir's): no gap opens between them. Each
 * line keeps at least its two weightiest points, so that a small area whose outline is one line (the Golan
 * Heights) stays a triangle rather than collapsing to nothing.
 */
function simplified(collection: FeatureCollection<Polygon | MultiPolygon, DisputedAreaProperties>) {
  const shared = presimplify(
    topology({ areas: collection }) as Topology<{ areas: GeometryCollection<DisputedAreaProperties> }>,
    sphericalTriangleArea,
  );
  for (const arc of shared.arcs as number[][][]) {
    const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
  const lines = simplify(shared, smallestTriangle);
  return feature(lines, lines.objects.areas).features as DisputedArea[];
}

/**
 * Coordinates to 4 decimals (about 10 m, far finer than the map shows), repeated points dropped, and rings
 * that simplification left with no area (an islet) dropped, with a polygon whose outer ring went.
 */
function rounded(polygons: Position[][][]): Position[][][] {
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  const ring = (points: Position[]) =>
    points
      .map(([x = 0, y = 0]) => [round(x), round(y)])
      .filter(([x, y], i, all) => i === 0 || x !== all[i - 1]![0] || y !== all[i - 1]![1]);
  return polygons.flatMap((polygon) => {
    const [outer = [], ...holes] = polygon.map(ring);
    return outer.length >= 4 ? [[outer, ...holes.filter((hole) => hole.length >= 4)]] : [];
  });
}

/** The policy's disputed areas near the map, from Natural Earth's admin-0 disputed areas (10m). */
export function deriveDisputedAreas(source: FeatureCollection): FeatureCollection<Polygon | MultiPolygon, DisputedAreaProperties> {
  const selected: DisputedArea[] = [];
  for (const area of source.features as NaturalEarthArea[]) {
    const p = area.properties ?? {};
    const { geometry } = area;
    if (!geometry || !isDispute(p.TYPE, p.NOTE_BRK) || !near(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates))
      continue;
    const note = String(p.NOTE_BRK);
    selected.push({
      type: 'Feature',
      properties: { id: String(p.BRK_A3), name: String(p.BRK_NAME), type: String(p.TYPE), note, ...readNote(note) },
      geometry,
    });
  }
  const features = simplified({ type: 'FeatureCollection', features: selected }).flatMap(({ properties, geometry }): DisputedArea[] => {
    const polygons = rounded(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    // An area simplified away altogether (the Spratly Islands) is too small for the map to show.
    if (polygons.length === 0) return [];
    const shape: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    return [{ type: 'Feature', properties, geometry: shape }];
  });
  return { type: 'FeatureCollection', features: features.sort((a, b) => a.properties.id.localeCompare(b.properties.id)) };
}

/** The collection as JSON with one feature a line, so that a re-derived file's diff shows which areas changed. */
export const serializeCollection = (collection: FeatureCollection): string =>
  `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
