// Types for subset-font 2.9 (a CommonJS module without its own), covering the options this project uses.
declare module 'subset-font' {
  /** A range of a variation axis; harfbuzz keeps the old default, clamped into the range, unless one is given. */
  interface AxisRange {
    min: number;
    max: number;
    default?: number;
  }

  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** A number pins the axis to that value; a range keeps the axis but narrows it. Unlisted axes stay as they are. */
    variationAxes?: Record<string, number | AxisRange>;
    keepFeatures?: string[];
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    glyphNames?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
  }

  /** Subsets a TrueType/OpenType, WOFF or WOFF2 font to the glyphs that `text` needs (harfbuzz, in WebAssembly). */
  export default function subsetFont(font: Uint8Array, text: string | null | undefined, options?: SubsetFontOptions): Promise<Buffer>;
}
