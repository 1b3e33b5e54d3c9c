// Reads font files with harfbuzz (harfbuzzjs): which characters a font draws and how wide its glyphs are.
import subsetFont from 'subset-font';

/** harfbuzz, loaded on first use: its WebAssembly costs the config loader nothing until a font is read. */
const harfbuzz = () => import('harfbuzzjs');

/** A font as harfbuzz reads it (TrueType/OpenType): subset-font decodes WOFF2 for it, keeping every glyph. */
export function decodeFont(bytes: Uint8Array): Promise<Uint8Array> {
  return subsetFont(bytes, null, { targetFormat: 'sfnt', keepAllGlyphs: true });
}

/** The code points that `sfnt` maps to a glyph, in order. */
export async function fontCodePoints(sfnt: Uint8Array): Promise<number[]> {
  const hb = await harfbuzz();
  const face = new hb.Face(new hb.Blob(sfnt));
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

/**
 * The advance width of each of `codePoints` (one it cannot draw counts as 0) at each of `weights` on the
 * wght axis, in thousandths of an em: `{ 400: [...], 700: [...] }`.
 */
export async function glyphAdvances(sfnt: Uint8Array, codePoints: number[], weights: number[]): Promise<Record<number, number[]>> {
  const hb = await harfbuzz();
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  const entries = weights.map((weight) => {
    font.setVariations([new hb.Variation('wght', weight)]);
    const advance = (codePoint: number) => {
      const glyph = font.glyph(codePoint);
      return glyph === undefined ? 0 : Math.round((font.glyphHAdvance(glyph) / face.upem) * 1000);
    };
    return [weight, codePoints.map(advance)] as const;
  });
  return Object.fromEntries(entries);
}
