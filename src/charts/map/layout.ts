// The map's layout as plain values: country paths (which depend only on size) and one step's marks.
import { geoGraticule10, geoPath } from 'd3-geo';
import type { Place, StateOf } from '@/data/schema';
import type { Size } from '@/lib/use-element-size';
import { dotRadius, placeLabels, type LabelMark, type LabelRequest } from './labels';
import { mapProjection } from './region';
import { routeArc, type Point } from './route-arc';
import type { Country } from './world-geometry';

export type CountryShape = { id: string; name: string; d: string };
export type CountryMark = CountryShape & { highlighted: boolean };
/** A city dot; cities at the end of a route get one too, with `highlighted` false. */
export type PointMark = { id: string; name: string; x: number; y: number; highlighted: boolean };
/** An arc from the `label` point of place `from` to that of place `to`, arrowhead at `to`. */
export type RouteMark = { from: string; to: string; d: string };
export type { LabelMark };

/** What changes between steps at one size: cheap to compute, unlike the country paths. */
export type StateMarks = {
  highlightedCountryIds: string[];
  points: PointMark[];
  labels: LabelMark[];
  routes: RouteMark[];
};

/** The part of the picture that depends only on size (and on the geometry, once it has loaded). */
export type Basemap = { width: number; height: number; countries: CountryShape[]; graticule: string };

export type MapLayout = Omit<Basemap, 'countries'> & Omit<StateMarks, 'highlightedCountryIds'> & { countries: CountryMark[] };

export type MapState = Pick<StateOf<'map'>, 'highlight' | 'routes'>;

/** Projects the countries (none before the geometry loads) and a 10° graticule. The expensive part: memoise on (countries, size). */
export function projectCountries(countries: Country[] | undefined, size: Size): Basemap {
  const path = geoPath(mapProjection(size)).digits(1);
  const shapes: CountryShape[] = [];
  for (const country of countries ?? []) {
    const d = path(country);
    // A country clipped away entirely has no path: leave it out rather than render an empty element.
    if (d) shapes.push({ id: country.id, name: country.properties.name, d });
  }
  return { width: size.width, height: size.height, countries: shapes, graticule: path(geoGraticule10()) ?? '' };
}

/**
 * One step's marks: the highlighted countries (the union of the highlighted places' `countryIds`), city
 * dots, labels and route arcs. Labels go on highlighted places and also on route ends, so no arrow
 * starts or ends at an unnamed spot; those extra labels have `highlighted` false.
 * @throws Error if the state names a place that is not in `places` (ids are checked when the story loads)
 */
export function stateMarks(places: Place[], size: Size, state: MapState): StateMarks {
  const byId = new Map(places.map((p) => [p.id, p]));
  const place = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`The map state names an unknown place "${id}"`);
    return found;
  };
  const projection = mapProjection(size);
  // Rounded to 0.1 px: finer is invisible, and it keeps the markup and snapshots short.
  const at = (p: Place): Point => {
    const [x = 0, y = 0] = projection(p.label) ?? [];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };

  const highlighted = new Set(state.highlight);
  const routeEnds = state.routes.flat().filter((id) => !highlighted.has(id));
  const shown = [...new Set([...state.highlight, ...routeEnds])].map(place);

  const points: PointMark[] = shown
    .filter((p) => p.kind === 'city')
    .map((p) => {
      const [x, y] = at(p);
      return { id: p.id, name: p.name, x, y, highlighted: highlighted.has(p.id) };
    });
  const requests: LabelRequest[] = shown.map((p) => {
    const [x, y] = at(p);
    return { id: p.id, name: p.name, x, y, kind: p.kind === 'city' ? 'city' : 'area', highlighted: highlighted.has(p.id) };
  });
  const labels = placeLabels(requests, points, size);

  const labelBox = (id: string) => labels.find((l) => l.id === id)?.box;
  const routes: RouteMark[] = state.routes.map(([from, to]) => {
    const a = place(from);
    const b = place(to);
    // Routes leave from under an area's name; at a city they stop short of the dot, not its label.
    const end = (p: Place, gap: number) =>
      p.kind === 'city' ? { point: at(p), gap: dotRadius + gap } : { point: at(p), box: labelBox(p.id), gap };
    return { from, to, d: routeArc(end(a, 2), end(b, 4)) };
  });

  const highlightedCountryIds = [...new Set(state.highlight.flatMap((id) => place(id).countryIds))];
  return { highlightedCountryIds, points, labels, routes };
}

/** Marks each projected country as highlighted or not; cheap, so it can run on every render. */
export function highlightCountries(countries: CountryShape[], ids: string[]): CountryMark[] {
  const set = new Set(ids);
  return countries.map((c) => ({ ...c, highlighted: set.has(c.id) }));
}

/** The whole picture for one state at one size. Components memoise its two halves separately. */
export function mapLayout(countries: Country[] | undefined, places: Place[], size: Size, state: MapState): MapLayout {
  const { countries: shapes, ...basemap } = projectCountries(countries, size);
  const { highlightedCountryIds, ...marks } = stateMarks(places, size, state);
  return { ...basemap, ...marks, countries: highlightCountries(shapes, highlightedCountryIds) };
}
