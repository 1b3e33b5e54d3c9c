// The @font-face rules for the subset house fonts and their metric-matched local fallbacks.
import { unicodeRange } from './character-set.ts';
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { fallbackFamilies, type HouseFont } from './house-fonts.ts';
import { fallbackWeights, metricOverrides, type FallbackWeight, type FontMetrics } from './metrics.ts';

/** A file cut from a house font as shipped: where it is, relative to the stylesheet, and what it can draw. */
export interface ShippedFace {
  font: HouseFont;
  url: string;
  codePoints: number[];
}

/** A house font with its metrics, which its fallbacks are matched to. */
export interface MeasuredFont {
  font: HouseFont;
  metrics: Record<FallbackWeight, FontMetrics>;
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const quote = (name: string) => `'${name.replace(/'/g, "\\'")}'`;

/**
 * `font-display: swap`, deliberately. Text never waits for a font (`optional` and `block` hide text for
 * up to 100 ms or more while a font loads), and the swap does not shift it either: the fallback faces are
 * metric-matched (metrics.ts), so lines break in the same places and the page keeps its height.
 * e2e/prerender.spec.ts holds the layout shift to 0.01.
 */
export function houseFontFace({ font, url, codePoints }: ShippedFace): string {
  return [
    '@font-face {',
    `  font-family: ${quote(font.family)};`,
    '  font-style: normal;',
    `  font-weight: ${font.weight.min} ${font.weight.max};`,
    '  font-display: swap;',
    `  src: url(${url}) format('woff2');`,
    `  unicode-range: ${unicodeRange(codePoints)};`,
    '}',
  ].join('\n');
}

/**
 * One family per local stand-in (a single family's `src` list cannot carry different overrides for each
 * font it falls through), with a face per weight so bold text uses the real bold, not a synthesised one.
 * A family whose local fonts are all missing is skipped by the browser, on to the next in the stack.
 */
export function fallbackFontFaces({ font, metrics }: MeasuredFont): string[] {
  const families = fallbackFamilies(font);
  return font.fallbacks.flatMap((local, i) =>
    fallbackWeights.map((weight) => {
      const o = metricOverrides(metrics[weight], local.metrics[weight]);
      return [
        '@font-face {',
        `  font-family: ${quote(families[i] ?? '')};`,
        '  font-style: normal;',
        `  font-weight: ${weight};`,
        `  src: ${local.local[weight].map((name) => `local(${quote(name)})`).join(', ')};`,
        `  size-adjust: ${percent(o.sizeAdjust)};`,
        `  ascent-override: ${percent(o.ascent)};`,
        `  descent-override: ${percent(o.descent)};`,
        `  line-gap-override: ${percent(o.lineGap)};`,
        '}',
      ].join('\n');
    }),
  );
}

/** A cut of the Han font as shipped; `range` is its unicode-range. */
export interface HanFace {
  url: string;
  range: string;
}

/**
 * The Han font's faces, one weight (bold is synthesised), and the family that sets the punctuation Chinese
 * shares with Latin full-width: the reader's CJK font by local(), else a small cut of the Han font.
 *
 * The Han faces are `font-display: block`, unlike every other face here. A browser reaches them only where
 * the reader has no Chinese font of their own, so while they load there is nothing to draw Han with but
 * the missing-glyph box: with `swap`, the bench's phone (no CJK font) showed the headline and standfirst as
 * rows of boxes for 1.3 s. Blocked, those lines stay blank until the font comes (up to the browser's 3 s)
 * and readable text appears no later. The punctuation face keeps `swap`: its stand-in is a real glyph.
 */
export function hanFontFaces(faces: HanFace[], punctuation: { url: string; range: string } | undefined): string[] {
  const face = (family: string, src: string, range: string, display: 'block' | 'swap') =>
    [
      '@font-face {',
      `  font-family: ${quote(family)};`,
      '  font-weight: 400;',
      `  font-display: ${display};`,
      `  src: ${src};`,
      `  unicode-range: ${range};`,
      '}',
    ].join('\n');
  const url = (href: string) => `url(${href}) format('woff2')`;
  const rules = faces.map(({ url: href, range }) => face(houseFontFamilies.han, url(href), range, 'block'));
  if (punctuation) {
    const local = systemHanFonts.map((name) => `local(${quote(name)})`).join(', ');
    rules.push(face(houseFontFamilies.hanPunctuation, `${local}, ${url(punctuation.url)}`, punctuation.range, 'swap'));
  }
  return rules;
}

/** Readers' CJK fonts by PostScript name, which local() matches on every system: macOS, Windows, then Android and Linux. */
export const systemHanFonts = [
  'PingFangSC-Regular',
  'HiraginoSansGB-W3',
  'MicrosoftYaHei',
  'NotoSansCJKsc-Regular',
  'SourceHanSansSC-Regular',
];

/** The whole generated stylesheet: a face per cut (one family per font, told apart by unicode-range), then the fallbacks. */
export function fontFacesCss(faces: ShippedFace[], fonts: MeasuredFont[], han: string[] = []): string {
  const header = '/* Generated by src/build/fonts-plugin.ts: subset house fonts, the Han fallback and metric-matched fallbacks. */';
  return [header, ...faces.map(houseFontFace), ...han, ...fonts.flatMap(fallbackFontFaces)].join('\n\n') + '\n';
}
