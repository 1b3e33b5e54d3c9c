// The format of data/map-frame.json, which the build writes (src/build/map-frame.ts) and the browser reads.
// Checked by hand rather than with the story's valibot schema, which stays out of the first-visit bundle.
import { pageIds } from '#src/lib/page-ids.ts';

/** The id of the `<script type="application/json">` that carries the frame in the offline file. */
export const inlineMapFrameId = pageIds.mapFrameData;

/** A box in the reference frame, [[x0, y0], [x1, y1]], y down. */
export type Bounds = [[number, number], [number, number]];

/** One country: `id` is its ISO 3166-1 numeric code as a string ("156" is China), as places' `countryIds` use. */
export type CountryShape = { id: string; name: string; d: string };

/**
 * One disputed area (the border policy, data/map/README.md), shaded as no country's: `id` is Natural
 * Earth's ("B89"), or world-atlas's for a country disputed whole ("158"); `name` is its whole tooltip.
 */
export type DisputedShape = CountryShape;

/**
 * Countries, disputed areas and a graticule projected at build time into the reference frame (see
 * region.ts): SVG path data, in whole units, for the browser to scale into its drawing. Only what the page
 * reads: the build's own frame (src/build/map-frame.ts, BuiltFrame) has what its tests read besides.
 */
export type MapFrame = {
  /** The countries, without the disputed areas: a place's shading never covers one. */
  countries: CountryShape[];
  disputed: DisputedShape[];
  /** A 30° graticule. */
  graticule: string;
};

// Only path commands and numbers: nothing else can reach a `d` attribute.
const pathData = /^[MLZmlz\d.,\s-]*$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPath = (value: unknown): value is string => typeof value === 'string' && pathData.test(value);

function isCountry(value: unknown): value is CountryShape {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && isPath(value.d);
}

/**
 * Returns `value` as a MapFrame.
 * @throws Error if it is not one (say, an HTML error page served in its place)
 */
export function parseMapFrame(value: unknown): MapFrame {
  const ok =
    isRecord(value) &&
    Array.isArray(value.countries) &&
    value.countries.every(isCountry) &&
    Array.isArray(value.disputed) &&
    value.disputed.every(isCountry) &&
    isPath(value.graticule);
  if (!ok) throw new Error('The map geometry is not a map frame.');
  return value as MapFrame;
}
