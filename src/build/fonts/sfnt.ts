// Reads an uncompressed TrueType/OpenType (SFNT) font: which code points it maps to glyphs (its `cmap`
// table), so the unicode-range of a subset says exactly what it can draw. Handles cmap formats 4 and 12.

/** The offset of table `tag` in an SFNT font, or undefined when the font has none. */
export function tableOffset(font: DataView, tag: string): number | undefined {
  const count = font.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + 16 * i;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(record + k)));
    if (name === tag) return font.getUint32(record + 8);
  }
  return undefined;
}

/** Format 4: segments of 16-bit code points, each mapped by a delta or through a glyph array. */
function format4(font: DataView, table: number, out: Set<number>): void {
  const segments = font.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s += 1) {
    const start = font.getUint16(starts + 2 * s);
    const end = font.getUint16(ends + 2 * s);
    const delta = font.getInt16(deltas + 2 * s);
    const rangeOffset = font.getUint16(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph = (c + delta) & 0xffff;
      if (rangeOffset !== 0) {
        const raw = font.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

/** Format 12: groups of consecutive code points mapped to consecutive glyphs. */
function format12(font: DataView, table: number, out: Set<number>): void {
  const groups = font.getUint32(table + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = table + 16 + 12 * g;
    const [start, end, firstGlyph] = [font.getUint32(group), font.getUint32(group + 4), font.getUint32(group + 8)];
    for (let c = start; c <= end; c += 1) if (firstGlyph + (c - start) !== 0) out.add(c);
  }
}

/** The code points that `font` (SFNT bytes, not WOFF2) maps to a glyph other than .notdef. */
export function cmapCodePoints(bytes: Uint8Array): Set<number> {
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cmap = tableOffset(font, 'cmap');
  if (cmap === undefined) throw new Error('cmapCodePoints: the font has no cmap table');
  const out = new Set<number>();
  const subtables = font.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const platform = font.getUint16(cmap + 4 + 8 * i);
    const encoding = font.getUint16(cmap + 6 + 8 * i);
    const table = cmap + font.getUint32(cmap + 8 + 8 * i);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = font.getUint16(table);
    if (format === 4) format4(font, table, out);
    else if (format === 12) format12(font, table, out);
  }
  return out;
}
