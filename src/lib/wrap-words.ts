// Word-wrapping for SVG labels, which cannot wrap themselves.

/**
 * Approximate advance of one character as a share of the font size (Inter, mixed case; bold is wider).
 * An estimate, not a measurement: layouts stay pure and testable without a DOM, so the factors are
 * on the generous side and the layouts leave some slack.
 */
const averageAdvance = { regular: 0.53, bold: 0.56 } as const;

/** Estimated width of `text` in px at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * averageAdvance[bold ? 'bold' : 'regular'];
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (by the estimate above), at spaces only.
 * A single word longer than a line gets a line of its own rather than being cut.
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Estimated width of the widest line. */
export function blockWidth(lines: string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
}
