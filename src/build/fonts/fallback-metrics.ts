// Metrics of the house fonts and of the local fonts that stand in for them, for metric-matched fallbacks:
// a fallback scaled to the same average letter width and line metrics reflows the page hardly at all.
//
// "width" is the average advance of the lowercase letters and the space, weighted by their frequency in
// English prose, in em. Measured with harfbuzz on the fontsource files (wght 400 and 700) and on the
// installed Liberation, DejaVu and Noto fonts (Liberation Serif/Sans have the advance widths of Times New
// Roman/Arial by design). Georgia is not freely available: its widths are @capsizecss/metrics' values,
// scaled by the 0.99 that separates capsize's weighting from ours on Arial and Liberation Sans.
// Ascent, descent and line gap are the house fonts' hhea values (their typo values are the same), in em.

/** A weight the fallbacks are made for: 600 text (Inter) uses the 700 face, which is close enough. */
export type FallbackWeight = 400 | 700;

export interface HouseFontMetrics {
  width: Record<FallbackWeight, number>;
  ascent: number;
  descent: number;
  lineGap: number;
}

export interface LocalFont {
  /** Ends the fallback family's name: "Source Serif 4 Fallback Georgia". */
  name: string;
  /** Full and PostScript names for local(), per weight; metric-compatible clones share an entry. */
  local: Record<FallbackWeight, string[]>;
  width: Record<FallbackWeight, number>;
}

export const sourceSerifMetrics: HouseFontMetrics = { width: { 400: 0.4761, 700: 0.4908 }, ascent: 1.036, descent: 0.335, lineGap: 0 };
export const interMetrics: HouseFontMetrics = { width: { 400: 0.474, 700: 0.487 }, ascent: 0.9688, descent: 0.2412, lineGap: 0 };

/** Serif stand-ins, most common first: macOS/Windows, then Linux and ChromeOS, then Android. */
export const serifFallbacks: LocalFont[] = [
  {
    name: 'Georgia',
    local: { 400: ['Georgia', 'Gelasio', 'Gelasio Regular'], 700: ['Georgia Bold', 'Georgia-Bold', 'Gelasio Bold', 'Gelasio-Bold'] },
    width: { 400: 0.4415, 700: 0.5136 },
  },
  {
    name: 'Times',
    local: {
      400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
      700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
    },
    width: { 400: 0.4001, 700: 0.4257 },
  },
  {
    name: 'Noto',
    local: { 400: ['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'], 700: ['Noto Serif Bold', 'NotoSerif-Bold'] },
    width: { 400: 0.479, 700: 0.5081 },
  },
  {
    name: 'DejaVu',
    local: { 400: ['DejaVu Serif', 'DejaVuSerif'], 700: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'] },
    width: { 400: 0.5122, 700: 0.5654 },
  },
];

/** Sans stand-ins: Arial and its metric clones (Helvetica has the same widths), then DejaVu Sans. */
export const sansFallbacks: LocalFont[] = [
  {
    name: 'Arial',
    local: {
      400: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
      700: [
        'Arial Bold',
        'Arial-BoldMT',
        'Helvetica Bold',
        'Helvetica-Bold',
        'Liberation Sans Bold',
        'LiberationSans-Bold',
        'Arimo Bold',
        'Arimo-Bold',
      ],
    },
    width: { 400: 0.4415, 700: 0.4774 },
  },
  {
    name: 'DejaVu',
    local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    width: { 400: 0.5068, 700: 0.5723 },
  },
];

export interface MetricOverrides {
  sizeAdjust: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/**
 * The @font-face overrides that make `local` stand in for `house` at `weight`: scale it to the same average
 * width, then give it the house font's line metrics. The overrides are divided by the scale because the
 * browser applies size-adjust to them too.
 */
export function metricOverrides(house: HouseFontMetrics, local: LocalFont, weight: FallbackWeight): MetricOverrides {
  const sizeAdjust = house.width[weight] / local.width[weight];
  return { sizeAdjust, ascent: house.ascent / sizeAdjust, descent: house.descent / sizeAdjust, lineGap: house.lineGap / sizeAdjust };
}
