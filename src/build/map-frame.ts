// Build-time map geometry: projects world-atlas's countries and a graticule into the map's reference frame,
// so the browser fetches short path strings instead of d3-geo, topojson-client and the 40 KB gzip TopoJSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  geoAzimuthalEqualArea,
  geoDistance,
  geoGraticule,
  geoPath,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Place } from '#src/data/schema.ts';
import { policyShapes, type Country } from './borders/policy-shapes.ts';
import { englishMapNames, type MapNames } from './country-names.ts';
import type { Bounds, MapFrame } from '#src/graphics/map/frame-format.ts';
import { fitFrame } from '#src/graphics/map/fit.ts';
import { frameScale, panelShapes, regionCentre, regionOfInterest, regionRadius } from '#src/graphics/map/region.ts';

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** world-atlas's 1:110m countries (read for each frame: a build makes one per edition, the dev server once per change). */
function worldCountries(): Country[] {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
  return feature(topology, topology.objects.countries).features.flatMap((f) => {
    const { geometry } = f;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    // Countries without an ISO code in world-atlas (e.g. Kosovo) go under their name, so they are drawn.
    return [{ ...f, geometry, properties: { name: f.properties.name }, id: String(f.id ?? f.properties.name) }];
  });
}

const maxDistance = (regionRadius * Math.PI) / 180;

/** A country is kept if any of its vertices is near enough to the centre to be in view at some size. */
function nearRegion({ geometry }: Country): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.some((ring) => ring.some(([lon = 0, lat = 0]) => geoDistance([lon, lat], regionCentre) < maxDistance));
}

/**
 * The part of the frame that any drawing from the narrowest to the widest panel shape can show, widened by
 * 12 px at the smallest of them (more at any larger one), so that the edges clipping cuts into countries
 * and graticule stay outside every drawing, strokes and all. Not by a share of the frame: every unit of
 * coast and graticule past what a drawing can show is bytes of the first visit.
 */
export function clipBox(bounds: Bounds): Bounds {
  const { narrowest, widest, smallestSide: side } = panelShapes;
  const sizes = [narrowest, widest].map((aspect) =>
    aspect < 1 ? { width: side, height: side / aspect } : { width: side * aspect, height: side },
  );
  let [[x0, y0], [x1, y1]] = bounds;
  let margin = 0;
  for (const size of sizes) {
    const { k, tx, ty } = fitFrame(bounds, size);
    [x0, y0, x1, y1] = [
      Math.min(x0, -tx / k),
      Math.min(y0, -ty / k),
      Math.max(x1, (size.width - tx) / k),
      Math.max(y1, (size.height - ty) / k),
    ];
    margin = Math.max(margin, 12 / k);
  }
  return [
    [x0 - margin, y0 - margin],
    [x1 + margin, y1 + margin],
  ];
}

/** One ring or line as SVG path data: absolute start, then relative steps ("3-4" is 3 and -4), as short as it gets. */
function encode(points: [number, number][], closed: boolean): string {
  const [first] = points;
  if (!first || points.length < (closed ? 3 : 2)) return '';
  let d = `M${first[0]},${first[1]}l`;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i]!;
    const [px, py] = points[i - 1]!;
    d += `${i > 1 && x - px >= 0 ? ',' : ''}${x - px}${y - py >= 0 ? ',' : ''}${y - py}`;
  }
  return closed ? `${d}z` : d;
}

/**
 * Projects, clips and writes `object` as SVG path data in whole units. Rounding each vertex (not each
 * step) keeps the shape from drifting; steps that round to nothing and rings that collapse are dropped.
 */
function compactPath(object: GeoPermissibleObjects, projection: GeoProjection): string {
  let d = '';
  let line: [number, number][] = [];
  let polygon = false;
  geoStream(
    object,
    projection.stream({
      point(x, y) {
        const [px, py] = line.at(-1) ?? [];
        const point: [number, number] = [Math.round(x), Math.round(y)];
        if (point[0] !== px || point[1] !== py) line.push(point);
      },
      lineStart: () => void (line = []),
      // Inside a polygon a line is a ring, and closes.
      lineEnd: () => void (d += encode(line, polygon)),
      polygonStart: () => void (polygon = true),
      polygonEnd: () => void (polygon = false),
    }),
  );
  return d;
}

/** The map's projection into the reference frame (region.ts), as d3-geo has it. */
function referenceProjection(): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-regionCentre[0], -regionCentre[1]]).scale(frameScale).translate([0, 0]);
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** The region of interest's bounds in the reference frame: what every drawing must show. */
function regionBounds(): Bounds {
  const bounds = geoPath(referenceProjection()).bounds({ type: 'MultiPoint', coordinates: regionOfInterest });
  return [
    [tenth(bounds[0][0]), tenth(bounds[0][1])],
    [tenth(bounds[1][0]), tenth(bounds[1][1])],
  ];
}

/**
 * What the page needs to place its marks before (or without) the frame: the region's bounds and each
 * place's `label` point, projected into the reference frame, to 0.1 unit.
 */
export function mapPoints(places: Pick<Place, 'id' | 'label'>[]): { bounds: Bounds; points: Record<string, [number, number]> } {
  const projection = referenceProjection();
  return {
    bounds: regionBounds(),
    points: Object.fromEntries(
      places.map(({ id, label }) => {
        const [x = 0, y = 0] = projection(label) ?? [];
        return [id, [tenth(x), tenth(y)]];
      }),
    ),
  };
}

/** The map frame with what only the tests read besides: the region's projected bounds. */
export type BuiltFrame = MapFrame & { bounds: Bounds };

/** What the page fetches (data/map-frame.json): the frame without what only the tests read, bytes of the first visit. */
export const pageFrame = ({ countries, disputed, graticule }: MapFrame): MapFrame => ({ countries, disputed, graticule });

/**
 * The map's countries, disputed areas and graticule in the reference frame (region.ts), as plain JSON, with
 * tooltips in the language of `names` (country-names.ts). Countries far from the region (see regionRadius)
 * or wholly outside every drawing's view are left out.
 */
export function mapFrame(places: Pick<Place, 'countryIds'>[], names: MapNames = englishMapNames()): BuiltFrame {
  const bounds = regionBounds();
  const clip = clipBox(bounds);
  const projection = referenceProjection().clipExtent(clip);
  const highlightable = new Set(places.flatMap((p) => p.countryIds));
  const draw = (object: GeoPermissibleObjects) => compactPath(object, projection);
  const { countries, disputed } = policyShapes(worldCountries().filter(nearRegion), { highlightable, draw, names });
  // A faint background line needs less detail than coastlines: drawn through points 5° apart (parallels
  // between them bow by under 0.5 unit) and resampled to 2 units, not 0.7. Every 30°, not d3's 10°: enough
  // to show how the projection curves.
  const graticule = compactPath(geoGraticule().step([30, 30]).precision(5)(), referenceProjection().precision(2).clipExtent(clip));
  return { bounds, countries, disputed, graticule };
}
