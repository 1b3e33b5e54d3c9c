// The local fonts that stand in for the house fonts until they load, with the two numbers of each that the
// fallbacks are matched by (its em and its average character width, in font units).
import type { FallbackWeight, LocalMetrics } from './metrics.ts';

export interface LocalFont {
  /** Ends the fallback family's name: "Source Serif 4 Fallback Georgia". */
  name: string;
  /** Full and PostScript names for local(), per weight; metric-compatible clones share an entry. */
  local: Record<FallbackWeight, string[]>;
  metrics: Record<FallbackWeight, LocalMetrics>;
}

/**
 * The stand-ins' metrics, as Capsize's metrics package (@capsizecss/metrics 3.x, from the fonts' own files)
 * gives them: eight numbers, inline rather than a package of some 29,000 files. DejaVu's are what
 * @capsizecss/unpack reads from the DejaVu 2.37 files (Debian's fonts-dejavu-core), which that package lacks.
 */
const arial = { 400: { unitsPerEm: 2048, xWidthAvg: 913 }, 700: { unitsPerEm: 2048, xWidthAvg: 983 } };
const georgia = { 400: { unitsPerEm: 2048, xWidthAvg: 913 }, 700: { unitsPerEm: 2048, xWidthAvg: 1062 } };
const notoSerif = { 400: { unitsPerEm: 1000, xWidthAvg: 481 }, 700: { unitsPerEm: 1000, xWidthAvg: 512 } };
const timesNewRoman = { 400: { unitsPerEm: 2048, xWidthAvg: 832 }, 700: { unitsPerEm: 2048, xWidthAvg: 886 } };
const dejaVu = {
  sans: { 400: { unitsPerEm: 2048, xWidthAvg: 1041 }, 700: { unitsPerEm: 2048, xWidthAvg: 1176 } },
  serif: { 400: { unitsPerEm: 2048, xWidthAvg: 1058 }, 700: { unitsPerEm: 2048, xWidthAvg: 1168 } },
};

/** Serif stand-ins, most common first: macOS/Windows, then Linux and ChromeOS, then Android. */
export const serifFallbacks: LocalFont[] = [
  {
    name: 'Georgia',
    local: { 400: ['Georgia', 'Gelasio', 'Gelasio Regular'], 700: ['Georgia Bold', 'Georgia-Bold', 'Gelasio Bold', 'Gelasio-Bold'] },
    metrics: georgia,
  },
  {
    name: 'Times',
    local: {
      400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
      700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
    },
    metrics: timesNewRoman,
  },
  {
    name: 'Noto',
    local: { 400: ['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'], 700: ['Noto Serif Bold', 'NotoSerif-Bold'] },
    metrics: notoSerif,
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
    metrics: arial,
  },
  {
    name: 'DejaVu',
    local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    metrics: dejaVu.sans,
  },
];
