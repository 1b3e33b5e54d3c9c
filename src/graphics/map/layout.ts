// The map's layout as plain values: the fit of the build's reference frame into the drawing, and one step's marks.
import type { Place, StateOf } from '#src/data/schema.ts';
import type { Size } from '#src/lib/use-element-size.ts';
import type { CountryShape, DisputedShape, MapFrame } from './frame-format.ts';
import { dotRadius, placeLabels, type LabelMark, type LabelRequest } from './labels.ts';
import { fitFrame, toScreen, type FrameFit } from './fit.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Typesetter } from '#src/lib/wrap-words.ts';
import { routeArc, type Point } from './route-arc.ts';
import { placeNote, type NoteMark } from './map-note.ts';

export type CountryMark = CountryShape & { highlighted: boolean };
/** A city dot; cities at the end of a route get one too, with `highlighted` false. */
export type PointMark = { id: string; name: string; x: number; y: number; highlighted: boolean };
/**
 * An arc from the `label` point of place `from` to that of place `to`, arrowhead at `to`: a movement the
 * report describes, in its direction; `person` where it is someone's claim.
 */
export type RouteMark = { from: string; to: string; person: string | null; d: string };
export type { LabelMark, NoteMark };

/** What changes between steps at one size: cheap to compute. */
export type StateMarks = {
  highlightedCountryIds: string[];
  points: PointMark[];
  labels: LabelMark[];
  routes: RouteMark[];
};

export type MapLayout = Omit<StateMarks, 'highlightedCountryIds'> & {
  width: number;
  height: number;
  /**
   * The SVG transform that draws the frame's paths (countries, graticule) in the drawing. Their strokes
   * must be non-scaling, so they stay in CSS px.
   */
  transform: string;
  /** That transform's scale: a pattern drawn in CSS px inside it is scaled by its inverse. */
  scale: number;
  /** None before the frame loads (or if it failed). */
  countries: CountryMark[];
  /** The disputed areas, never highlighted: none before the frame loads. */
  disputed: DisputedShape[];
  /** Empty before the frame loads. */
  graticule: string;
  /** The state's note, in a corner clear of labels, dots and the loading message; null without one. */
  note: NoteMark | null;
  /** What the hatching means, beside the note or in a free corner, wherever disputed areas are drawn; else null. */
  legend: NoteMark | null;
};

export type MapState = Pick<StateOf<'map'>, 'highlight' | 'routes' | 'note'>;

/** What the map is laid out with: the edition's projected points, its typesetter, and its legend's words. */
export type MapSetting = { map: Edition['map']; type: Typesetter; legend: string };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The frame's paths as an SVG transform: translate to 0.1 px; scale to 5 digits, under 0.01 px across the map. */
export function frameTransform({ k, tx, ty }: FrameFit): string {
  return `translate(${round(tx, 1)},${round(ty, 1)}) scale(${round(k, 5)})`;
}

/**
 * One step's marks: the highlighted countries (the union of the highlighted places' `countryIds`), city
 * dots, labels and route arcs. Labels go on highlighted places and also on route ends, so no arrow
 * starts or ends at an unnamed spot; those extra labels have `highlighted` false.
 * @throws Error if the state names a place that is not in `places` (ids are checked when the story loads)
 */
export function stateMarks(places: Place[], { map, type }: Omit<MapSetting, 'legend'>, size: Size, state: MapState): StateMarks {
  const byId = new Map(places.map((p) => [p.id, p]));
  const place = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`The map state names an unknown place "${id}"`);
    return found;
  };
  // Projected at build (the edition's `map`), so marks draw before the frame with the countries has loaded.
  const fit = fitFrame(map.bounds, size);
  const at = (p: Place): Point => {
    const point = map.points[p.id];
    if (!point) throw new Error(`The edition has no projected point for the place "${p.id}"`);
    return toScreen(fit, point);
  };

  const highlighted = new Set(state.highlight);
  const routeEnds = state.routes.flatMap((r) => [r.from, r.to]).filter((id) => !highlighted.has(id));
  const shown = [...new Set([...state.highlight, ...routeEnds])].map(place);

  const points: PointMark[] = shown
    .filter((p) => p.kind === 'city')
    .map((p) => {
      const [x, y] = at(p);
      return { id: p.id, name: p.name, x, y, highlighted: highlighted.has(p.id) };
    });
  const requests: LabelRequest[] = shown.map((p) => {
    const [x, y] = at(p);
    return { id: p.id, name: p.name, x, y, placement: p.kind === 'city' ? 'city' : 'area', highlighted: highlighted.has(p.id) };
  });
  const labels = placeLabels(type.width, requests, points, size);

  const labelBox = (id: string) => labels.find((l) => l.id === id)?.box;
  const routes: RouteMark[] = state.routes.map(({ from, to, person }) => {
    const a = place(from);
    const b = place(to);
    // Routes leave from under an area's name; at a city they stop short of the dot, not its label.
    const end = (p: Place, gap: number) =>
      p.kind === 'city' ? { point: at(p), gap: dotRadius + gap } : { point: at(p), box: labelBox(p.id), gap };
    return { from, to, person: person ?? null, d: routeArc(end(a, 2), end(b, 4)) };
  });

  const highlightedCountryIds = [...new Set(state.highlight.flatMap((id) => place(id).countryIds))];
  return { highlightedCountryIds, points, labels, routes };
}

/** Marks each projected country as highlighted or not; cheap, so it can run on every render. */
export function highlightCountries(countries: CountryShape[], ids: string[]): CountryMark[] {
  const set = new Set(ids);
  return countries.map((c) => ({ ...c, highlighted: set.has(c.id) }));
}

/** Room before the legend's text for its swatch: 14 px wide, then a gap. */
export const swatchRoom = 19;

/** The box of the loading (or failure) message the drawing shows at its bottom left until the frame arrives. */
export const statusBox = ({ height }: Size) => ({ x0: 8, y0: height - 22, x1: 200, y1: height - 4 });

/**
 * The whole picture for one state at one size (cheap: the countries were projected at build time).
 * `legend` says what the disputed areas' hatching means. Every drawing shows the region of interest, and
 * disputed areas lie in it (Kashmir, Taiwan), so the legend is drawn whenever the frame has them.
 */
export function mapLayout(frame: MapFrame | undefined, places: Place[], size: Size, state: MapState, setting: MapSetting): MapLayout {
  const { type, legend } = setting;
  const { highlightedCountryIds, ...marks } = stateMarks(places, setting, size, state);
  const dots = marks.points.map(({ x, y }) => ({ x0: x - dotRadius, y0: y - dotRadius, x1: x + dotRadius, y1: y + dotRadius }));
  const obstacles = [...marks.labels.map((l) => l.box), ...dots, ...(frame ? [] : [statusBox(size)])];
  const note = state.note ? placeNote(type, state.note.text, obstacles, size) : null;
  const fit = fitFrame(setting.map.bounds, size);
  const disputed = frame?.disputed ?? [];
  return {
    width: size.width,
    height: size.height,
    transform: frameTransform(fit),
    scale: round(fit.k, 5),
    countries: highlightCountries(frame?.countries ?? [], highlightedCountryIds),
    disputed,
    graticule: frame?.graticule ?? '',
    ...marks,
    note,
    legend:
      disputed.length > 0 && legend
        ? placeNote(type, legend, note ? [...obstacles, note.box] : obstacles, size, 12, swatchRoom, note?.box)
        : null,
  };
}
