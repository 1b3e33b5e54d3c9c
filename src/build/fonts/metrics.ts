// Metrics for metric-matched fallbacks: a local font scaled to the house font's average letter width and
// given its line metrics reflows the page hardly at all when the house font swaps in.
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';

/** A weight the fallbacks are made for: 600 text (Inter) uses the 700 face, which is close enough. */
export type FallbackWeight = 400 | 700;
export const fallbackWeights: FallbackWeight[] = [400, 700];

/**
 * Capsize's font metrics (font units), as @capsizecss/unpack reads them from a font file and
 * @capsizecss/metrics lists them for system fonts. `xWidthAvg` is the average advance of the characters
 * of English text, weighted by how often each occurs.
 */
export interface FontMetrics {
  unitsPerEm: number;
  xWidthAvg: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/** A local font's metrics need only its width: the fallback takes the house font's line metrics. */
export type LocalMetrics = Pick<FontMetrics, 'unitsPerEm' | 'xWidthAvg'>;

/**
 * The metrics of a variable house font at `weight`: harfbuzz (subset-font) makes the static instance with
 * every glyph, the other axes pinned as in `pinned`, and @capsizecss/unpack reads it.
 */
export async function instanceMetrics(source: Uint8Array, weight: number, pinned: Record<string, number> = {}): Promise<FontMetrics> {
  const instance = await subsetFont(source, null, {
    targetFormat: 'sfnt',
    keepAllGlyphs: true,
    variationAxes: { ...pinned, wght: weight },
  });
  const { unitsPerEm, xWidthAvg, ascent, descent, lineGap } = await fromBuffer(instance);
  return { unitsPerEm, xWidthAvg, ascent, descent, lineGap };
}

export interface MetricOverrides {
  sizeAdjust: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/**
 * The @font-face overrides that make `local` stand in for `house`, by Capsize's createFontStack formula:
 * scale it to the same average width, then give it the house font's line metrics, divided by the scale
 * because the browser applies size-adjust to them too. Unlike createFontStack, all four are always given:
 * local() may find a metric-compatible clone (Gelasio for Georgia) whose line metrics are not the original's.
 */
export function metricOverrides(house: FontMetrics, local: LocalMetrics): MetricOverrides {
  const sizeAdjust = house.xWidthAvg / house.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = house.unitsPerEm * sizeAdjust;
  return { sizeAdjust, ascent: house.ascent / em, descent: Math.abs(house.descent) / em, lineGap: house.lineGap / em };
}
