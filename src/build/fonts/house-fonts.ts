// The two house fonts: where each comes from, what the site uses of it, and what stands in for it.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { sansFallbacks, serifFallbacks, type LocalFont } from './local-fonts.ts';

export interface HouseFont {
  /** The family name the CSS uses (see `--font-serif` and `--font-sans` in src/styles/index.css). */
  family: string;
  /** Start of the fallback families' names, e.g. "Source Serif 4 Fallback" + " Georgia". */
  fallbackFamily: string;
  /** The variable font file to subset, as a package path. */
  source: string;
  /**
   * More files of the same font, for characters `source` lacks (fontsource splits a font by script), each
   * named for the files cut from it: "cyrillic" makes "source-serif-4-subset-ru-cyrillic.woff2".
   */
  moreSources: { name: string; source: string }[];
  /** The English page's subset's file name (Vite adds a content hash in the build); the editions' cuts add to it. */
  file: string;
  /** The weights the site uses; the wght axis is narrowed to this range. */
  weight: { min: number; max: number };
  /** Axes other than wght, pinned to one value in the subset. */
  pinned: Record<string, number>;
  /** OpenType features kept beyond `layoutFeatures`, for CSS that asks for them. */
  extraFeatures: string[];
  /** The weights the graphics' SVG labels are set in, whose advance widths the build measures (src/lib/text-width.ts). */
  textWeights: number[];
  fallbacks: LocalFont[];
}

/**
 * Source Serif 4 comes from fontsource's latin file, with the wght axis only: keeping the opsz axis as well
 * (fontsource's "opsz" file) made the subset 2.4 times as large (57.5 KB, not 23.8 KB), so the optical size
 * stays pinned at the font's default of 20, which is drawn for body text. Inter comes whole from inter-ui
 * (Inter 4.1), since fontsource's latin file leaves out "≈", which the graphics' labels use; its opsz is
 * pinned at 14, the text size, as in fontsource's wght file. Roman only: the site sets no italics. Inter's
 * file has Cyrillic too; Source Serif's Cyrillic is fontsource's cyrillic file, same axis, same metrics.
 */
export const houseFonts: HouseFont[] = [
  {
    family: houseFontFamilies.serif,
    fallbackFamily: 'Source Serif 4 Fallback',
    source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    moreSources: [{ name: 'cyrillic', source: '@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-wght-normal.woff2' }],
    file: 'source-serif-4-subset.woff2',
    weight: { min: 400, max: 700 },
    pinned: {},
    extraFeatures: [],
    textWeights: [],
    fallbacks: serifFallbacks,
  },
  {
    family: houseFontFamilies.sans,
    fallbackFamily: 'Inter Fallback',
    source: 'inter-ui/variable/InterVariable.woff2',
    moreSources: [],
    file: 'inter-subset.woff2',
    weight: { min: 400, max: 700 },
    pinned: { opsz: 14 },
    // Tabular figures for the presentation's "Step 3 of 14", which keeps its width as the number changes.
    extraFeatures: ['tnum'],
    textWeights: [400, 600, 700],
    fallbacks: sansFallbacks,
  },
];

/**
 * The OpenType layout features kept in every subset: those browsers apply by default (composition, local
 * forms, ligatures, contextual alternates, kerning, mark positioning). Others go unless a font's
 * `extraFeatures` keeps them: fractions and figure variants the site does not set cost 1 to 2 KB a font
 * (proportional and tabular figures alone: 2.7 KB of the two, which the 180 KB first-visit budget needed).
 * Add a feature before using it in CSS.
 */
export const layoutFeatures = ['ccmp', 'locl', 'rlig', 'rvrn', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk'];

/** The families to list in a font-family stack after `font.family`, most likely match first. */
export function fallbackFamilies(font: HouseFont): string[] {
  return font.fallbacks.map((local) => `${font.fallbackFamily} ${local.name}`);
}
