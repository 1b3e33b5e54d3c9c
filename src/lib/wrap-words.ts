// Word-wrapping for SVG labels, which cannot wrap themselves, by the widths of src/lib/text-width.ts.
import { textWidth } from './text-width.ts';

/** Bold labels are set in Inter 700, the rest in 400. */
const weight = (bold: boolean) => (bold ? 700 : 400);

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces only.
 * A single word longer than a line gets a line of its own rather than being cut.
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight(bold)) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of the widest line. */
export function blockWidth(lines: string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight(bold))));
}
