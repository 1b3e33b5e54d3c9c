// The map's fixed frame: which part of the globe it shows and how it is projected, the same for every step.
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Size } from '@/lib/use-element-size';

/** Where the projection is centred, [longitude, latitude]: over western China, the middle of the story's places. */
export const regionCentre: [number, number] = [95, 35];

/**
 * The points that must be in view at every size, [longitude, latitude]: Moscow, the Arctic coast
 * (Yamal and Taymyr, so Russia is whole), Japan and Korea, eastern Indonesia, Java, and India's west coast. Fitting to fixed points (not to
 * the highlighted places) keeps the projection identical for every step, so steps only recolour.
 */
export const regionOfInterest: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [37.6, 55.8],
    [68, 72],
    [104, 77],
    [140, 42],
    [125, -9],
    [110, -8],
    [68, 8],
  ],
};

/**
 * Countries with no point within this many degrees of arc of the centre are never drawn. The corners of
 * a 1280×800 drawing are about 87° away, so 85° keeps everything a reader sees there but the Americas.
 */
export const regionRadius = 85;

/** Room between the region and the edge of the drawing, for labels on its outer places. */
export function regionPadding({ width, height }: Size): number {
  return Math.max(12, Math.round(Math.min(width, height) * 0.06));
}

/**
 * The map's projection at one drawing size: Lambert azimuthal equal-area, so China, Russia and India keep
 * their true relative areas, fitted to the region and clipped to the drawing.
 */
export function mapProjection(size: Size): GeoProjection {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const pad = Math.min(regionPadding(size), width / 4, height / 4);
  return geoAzimuthalEqualArea()
    .rotate([-regionCentre[0], -regionCentre[1]])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      regionOfInterest,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
