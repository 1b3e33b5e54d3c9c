// Carves the disputed areas out of the map's countries, at build time: each country C becomes C minus
// every disputed area, and each area's shape is the union of its overlaps with the countries, so that its
// coast is the countries' (1:110m) and its inland edge the disputed line (1:10m). Clipper2 (clipper2-ts)
// computes in integers, so shared borders and near-coincident points cannot break an operation, as they
// break floating-point clippers (polygon-clipping could not close a ring of Crimea's); it works in the plane
// of longitude and latitude, and d3-geo then projects the results like any country.
import { Clipper, ClipType, EndType, FillRule, JoinType, PolyTree64, type Paths64, type PolyPath64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Geometry = Polygon | MultiPolygon;
export type Area = { id: string; geometry: Geometry };

/** Rings (outer and holes) filled by the non-zero rule, in Clipper's integer coordinates. */
type Shape = Paths64;

/** Coordinates in units of 1e-5° (about a metre): products of two stay within Clipper's exact fast path. */
const scale = 1e5;

/**
 * A country's polygon that lies at least this much inside disputed areas is disputed whole: in the 1:110m
 * data Crimea is a polygon of Russia's of its own, and its coast is drawn whole, not cut at the 1:10m coast.
 */
const wholeShare = 0.5;

/**
 * A piece a cut leaves of a country's polygon, other than its largest, smaller than this share of the
 * polygon, is a sliver between the two scales' lines (the 1:110m border a few kilometres off the 1:10m
 * one): it goes to the disputed area it borders most, so no strip of the country is left along its edge.
 */
const sliverShare = 0.02;

/**
 * A strip of a country narrower than twice this (0.05°, about 5 km: under a unit of the map's frame)
 * left along a disputed area's edge, attached to the country, is a sliver too (India's 1:110m polygon
 * reaching a few kilometres past the 1:10m Arunachal Pradesh): it would show as a spike of the highlight.
 */
const stripHalfWidth = 0.05 * scale;

/**
 * An overlap smaller than this many square kilometres (about one square unit of the map's frame) is not a
 * disputed area the map can show but the two scales' lines crossing: it stays its country's (the 1:110m
 * coast of Hokkaido reaching over the 1:10m Kuril Islands).
 */
const smallestKm2 = 50;

/**
 * Longitudes made continuous along each ring: world-atlas writes rings that cross the antimeridian
 * (Chukotka) with a jump from 180 to -180, which d3-geo reads on the sphere but the plane reads as a band
 * around the world. d3-geo reads 190° as -170°, so the unwrapped rings project as before.
 */
function shapeOf(polygons: Position[][][]): Shape {
  const rings = polygons.flatMap((polygon) =>
    polygon.map((ring) => {
      let previous: number | undefined;
      return ring.slice(0, -1).map(([x = 0, y = 0]) => {
        if (previous !== undefined) x += 360 * Math.round((previous - x) / 360);
        previous = x;
        return { x: Math.round(x * scale), y: Math.round(y * scale) };
      });
    }),
  );
  return Clipper.union(rings, FillRule.NonZero);
}

const polygonsOf = (geometry: Geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/** The connected pieces of an operation's result, each its outer ring and its holes. */
function pieces(type: ClipType, subject: Shape, clip: Shape | null): Shape[] {
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(type, subject, clip, tree, FillRule.NonZero);
  const result: Shape[] = [];
  const walk = (node: PolyPath64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      const holes = Array.from({ length: outer.count }, (_, j) => outer.child(j));
      result.push([outer.poly!, ...holes.map((hole) => hole.poly!)]);
      holes.forEach(walk); // islands in a hole's lake
    }
  };
  walk(tree);
  return result;
}

/** Clipper winds outer rings anticlockwise; d3-geo wants them clockwise, and closed. */
const toPolygons = (shapes: Shape[]): Position[][][] =>
  shapes.map((shape) =>
    shape.map((ring) => {
      const points = ring.map(({ x, y }) => [x / scale, y / scale]).reverse();
      return [...points, points[0]!];
    }),
  );

const area = (shape: Shape) => Math.abs(shape.reduce((sum, ring) => sum + Clipper.area(ring), 0));
const perimeter = (shape: Shape) =>
  shape.reduce((sum, ring) => sum + ring.reduce((s, { x, y }, i) => s + Math.hypot(x - ring.at(i - 1)!.x, y - ring.at(i - 1)!.y), 0), 0);

/** Roughly, in square kilometres: a degree of latitude is 111.32 km, one of longitude that times its cosine. */
function km2(shape: Shape): number {
  const ys = shape.flat().map(({ y }) => y / scale);
  const latitude = ((Math.min(...ys) + Math.max(...ys)) / 2) * (Math.PI / 180);
  return (area(shape) / scale ** 2) * 111.32 ** 2 * Math.cos(latitude);
}

type Box = { x0: number; y0: number; x1: number; y1: number };
function boxOf(shape: Shape): Box {
  const { left, top, right, bottom } = Clipper.getBoundsPaths(shape);
  return { x0: left, y0: top, x1: right, y1: bottom };
}
const meets = (a: Box, b: Box) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

/** The overlap a sliver shares the longest border with (what their union's outline loses, twice over). */
function borderedMost(sliver: Shape, overlaps: { id: string; piece: Shape }[]): string {
  const box = boxOf(sliver);
  const shared = (piece: Shape) => perimeter(sliver) + perimeter(piece) - perimeter(Clipper.union(sliver, piece, FillRule.NonZero));
  const near = overlaps.filter((o) => meets(boxOf(o.piece), box));
  if (near.length < 2) return (near[0] ?? overlaps[0]!).id;
  return near.reduce((a, b) => (shared(b.piece) > shared(a.piece) ? b : a)).id;
}

const inflate = (shape: Shape, delta: number) => Clipper.inflatePaths(shape, delta, JoinType.Miter, EndType.Polygon);

/**
 * The strips of `remainder` narrower than twice stripHalfWidth near the overlaps: what a morphological
 * opening (shrink, then grow back, with mitred corners, which come back as they were) takes off it there.
 * Bits too small for the map, the offsets' rounding among them, are not strips.
 */
function strips(remainder: Shape, overlaps: { piece: Shape }[]): Shape[] {
  const opened = inflate(inflate(remainder, -stripHalfWidth), stripHalfWidth);
  const near = inflate(
    overlaps.flatMap((o) => o.piece),
    2 * stripHalfWidth,
  );
  const thin = Clipper.difference(remainder, opened, FillRule.NonZero);
  return pieces(ClipType.Intersection, thin, near).filter((strip) => km2(strip) >= smallestKm2);
}

export type Carved<C> = {
  /** The countries, the disputed areas taken out; those they do not touch keep their own geometry. */
  countries: (C & { geometry: Geometry })[];
  /** Each disputed area's shape on the countries, by the area's id; areas on no country's land have none. */
  disputed: Map<string, MultiPolygon>;
};

/**
 * Cuts `areas` out of `countries` (1:110m), giving each area what it covers of them, slivers included.
 * The strips along an area's edge are taken off only the countries in `highlightable`: only a highlighted
 * country's fill and outline show them; elsewhere a strip is land beside the hatching's land-coloured ground.
 */
export function carveDisputed<C extends { id: string; geometry: Geometry }>(
  countries: C[],
  areas: Area[],
  highlightable: ReadonlySet<string> = new Set(),
): Carved<C> {
  const prepared = areas.map(({ id, geometry }) => {
    const shape = shapeOf(polygonsOf(geometry));
    return { id, shape, box: boxOf(shape) };
  });
  const given = new Map<string, Shape[]>(prepared.map((a) => [a.id, []]));
  const give = (id: string, shape: Shape) => given.get(id)!.push(shape);

  const result = countries.map((country) => {
    const polygons = polygonsOf(country.geometry);
    // Polygons no area reaches stay as they are, wound as d3-geo winds them.
    const untouched: Position[][][] = [];
    const carved: Shape[] = [];
    for (const polygon of polygons) {
      const part = shapeOf([polygon]);
      const box = boxOf(part);
      const overlaps = prepared
        .filter((a) => meets(a.box, box))
        .map((a) => ({ id: a.id, shape: a.shape, piece: Clipper.intersect(part, a.shape, FillRule.NonZero) }))
        .filter((o) => o.piece.length > 0 && km2(o.piece) >= smallestKm2);
      if (overlaps.length === 0) {
        untouched.push(polygon);
        continue;
      }
      const whole = area(part);
      if (overlaps.reduce((sum, o) => sum + area(o.piece), 0) >= wholeShare * whole) {
        give(overlaps.reduce((a, b) => (area(b.piece) > area(a.piece) ? b : a)).id, part);
        continue;
      }
      for (const { id, piece } of overlaps) give(id, piece);
      const cut = pieces(
        ClipType.Difference,
        part,
        overlaps.flatMap((o) => o.shape),
      ).sort((a, b) => area(b) - area(a));
      const kept = cut.filter((piece, i) => i === 0 || area(piece) >= sliverShare * whole);
      const slivers = [
        ...cut.filter((piece) => !kept.includes(piece)),
        ...(highlightable.has(country.id) ? strips(kept.flat(), overlaps) : []),
      ];
      for (const sliver of slivers) give(borderedMost(sliver, overlaps), sliver);
      carved.push(...(slivers.length > 0 ? pieces(ClipType.Difference, kept.flat(), slivers.flat()) : kept));
    }
    if (untouched.length === polygons.length) return country;
    return { ...country, geometry: { type: 'MultiPolygon', coordinates: [...untouched, ...toPolygons(carved)] } as MultiPolygon };
  });

  const disputed = new Map<string, MultiPolygon>();
  for (const [id, shapes] of given) {
    if (shapes.length > 0) disputed.set(id, { type: 'MultiPolygon', coordinates: toPolygons(pieces(ClipType.Union, shapes.flat(), null)) });
  }
  return { countries: result, disputed };
}
