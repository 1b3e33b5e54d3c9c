// The local fonts that stand in for the house fonts until they load, with their widths from @capsizecss/metrics.
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import georgia from '@capsizecss/metrics/georgia';
import georgiaBold from '@capsizecss/metrics/georgia/700';
import notoSerif from '@capsizecss/metrics/notoSerif';
import notoSerifBold from '@capsizecss/metrics/notoSerif/700';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import type { FallbackWeight, LocalMetrics } from './metrics.ts';

export interface LocalFont {
  /** Ends the fallback family's name: "Source Serif 4 Fallback Georgia". */
  name: string;
  /** Full and PostScript names for local(), per weight; metric-compatible clones share an entry. */
  local: Record<FallbackWeight, string[]>;
  metrics: Record<FallbackWeight, LocalMetrics>;
}

/**
 * @capsizecss/metrics has no DejaVu: these are what @capsizecss/unpack's fromFile reads from the DejaVu 2.37
 * files (Debian's fonts-dejavu-core), the version Linux distributions ship.
 */
const dejaVu = {
  sans: { 400: { unitsPerEm: 2048, xWidthAvg: 1041 }, 700: { unitsPerEm: 2048, xWidthAvg: 1176 } },
  serif: { 400: { unitsPerEm: 2048, xWidthAvg: 1058 }, 700: { unitsPerEm: 2048, xWidthAvg: 1168 } },
};

/** Serif stand-ins, most common first: macOS/Windows, then Linux and ChromeOS, then Android. */
export const serifFallbacks: LocalFont[] = [
  {
    name: 'Georgia',
    local: { 400: ['Georgia', 'Gelasio', 'Gelasio Regular'], 700: ['Georgia Bold', 'Georgia-Bold', 'Gelasio Bold', 'Gelasio-Bold'] },
    metrics: { 400: georgia, 700: georgiaBold },
  },
  {
    name: 'Times',
    local: {
      400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
      700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
    },
    metrics: { 400: timesNewRoman, 700: timesNewRomanBold },
  },
  {
    name: 'Noto',
    local: { 400: ['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'], 700: ['Noto Serif Bold', 'NotoSerif-Bold'] },
    metrics: { 400: notoSerif, 700: notoSerifBold },
  },
  {
    name: 'DejaVu',
    local: { 400: ['DejaVu Serif', 'DejaVuSerif'], 700: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'] },
    metrics: dejaVu.serif,
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
    metrics: { 400: arial, 700: arialBold },
  },
  {
    name: 'DejaVu',
    local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    metrics: dejaVu.sans,
  },
];
