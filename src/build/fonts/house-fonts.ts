// The two house fonts: where each comes from, what the site uses of it, and what stands in for it.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import {
  interMetrics,
  sansFallbacks,
  serifFallbacks,
  sourceSerifMetrics,
  type HouseFontMetrics,
  type LocalFont,
} from './fallback-metrics.ts';

export interface HouseFont {
  /** The family name the CSS uses (see `--font-serif` and `--font-sans` in src/styles/index.css). */
  family: string;
  /** Start of the fallback families' names, e.g. "Source Serif 4 Fallback" + " Georgia". */
  fallbackFamily: string;
  /** The fontsource file to subset, as a package path. */
  source: string;
  /** The subset's file name (Vite adds a content hash in the build). */
  file: string;
  /** The weights the site uses; the wght axis is narrowed to this range. */
  weight: { min: number; max: number };
  metrics: HouseFontMetrics;
  fallbacks: LocalFont[];
}

/**
 * Both come from fontsource's latin files, with the wght axis only: for Source Serif 4, keeping the opsz
 * axis as well (fontsource's "opsz" file) made the subset 2.4 times as large (57.5 KB, not 23.8 KB), so the optical size
 * stays pinned at the font's default of 20, which is drawn for body text. Inter's wght file likewise pins
 * its opsz at 14, the text size. Roman only: the site sets no italics.
 */
export const houseFonts: HouseFont[] = [
  {
    family: houseFontFamilies.serif,
    fallbackFamily: 'Source Serif 4 Fallback',
    source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    file: 'source-serif-4-subset.woff2',
    weight: { min: 400, max: 700 },
    metrics: sourceSerifMetrics,
    fallbacks: serifFallbacks,
  },
  {
    family: houseFontFamilies.sans,
    fallbackFamily: 'Inter Fallback',
    source: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    file: 'inter-subset.woff2',
    weight: { min: 400, max: 700 },
    metrics: interMetrics,
    fallbacks: sansFallbacks,
  },
];

/**
 * The OpenType layout features kept in the subsets: those browsers apply by default (composition, local
 * forms, ligatures, contextual alternates, kerning, mark positioning), plus tabular and proportional
 * figures for `font-variant-numeric`. The fractions features go (the site sets no fractions): about 2 KB less
 * per font. Add a feature here before using it in CSS.
 */
export const layoutFeatures = ['ccmp', 'locl', 'rlig', 'rvrn', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'tnum', 'pnum'];

/** The families to list in a font-family stack after `font.family`, most likely match first. */
export function fallbackFamilies(font: HouseFont): string[] {
  return font.fallbacks.map((local) => `${font.fallbackFamily} ${local.name}`);
}
