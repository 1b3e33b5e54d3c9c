// Text set into a measured width for the cards: lines broken as the page breaks its labels (wrap-words.ts),
// at the largest of a few sizes that fits, and never a line wider than its box.
import { wrapWords } from '#src/lib/wrap-words.ts';
import { imageTypesetter, type Family, type ImageType } from './text-measure.ts';

export type TextStyle = { family: Family; weight: number; lineHeight: number; letterSpacing?: number };

/** Text set: its lines, size and line height, and the fonts it is in. */
export type SetText = { lines: string[]; size: number; lineHeight: number; stack: string[] };

/**
 * A line wider than its box (a word longer than a line: an address) broken between characters, as the
 * page breaks one (`overflow-wrap: anywhere`).
 */
function breakAnywhere(line: string, lang: string, fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(line)) {
    if (current && !fits(current + segment)) {
      lines.push(current);
      current = segment.trimStart();
    } else current += segment;
  }
  return [...lines, current];
}

/** `text`'s lines no wider than `width` at `size` in `stack`. */
export function wrapText(
  lang: string,
  type: ImageType,
  text: string,
  style: TextStyle,
  stack: string[],
  width: number,
  size: number,
): string[] {
  const typesetter = imageTypesetter(lang, type.measure, stack, style.weight);
  // Tracking adds to every character but a line's last.
  const tracked = {
    ...typesetter,
    width: (t: string, s: number) => typesetter.width(t, s) + Math.max(0, [...t].length - 1) * (style.letterSpacing ?? 0) * s,
  };
  const fits = (line: string) => tracked.width(line, size) <= width;
  return wrapWords(tracked, text, width, size).flatMap((line) => (fits(line) ? [line] : breakAnywhere(line, lang, fits)));
}

/** Where text may go: its width, and at most so tall or so many lines. */
export type TextBox = { width: number; maxHeight?: number; maxLines?: number };

/**
 * `text` broken into lines no wider than `width`, at the first of `sizes` whose lines are within the box
 * (boxes, in order: the first that some size fits wins, so a second box can give a longer text more room).
 * @throws Error naming the text when no size fits any box (too many lines)
 */
export function setText(
  lang: string,
  type: ImageType,
  text: string,
  style: TextStyle,
  boxes: TextBox | TextBox[],
  sizes: number[],
): SetText {
  const stack = type.stackFor(text, style.weight, style.family);
  const list = Array.isArray(boxes) ? boxes : [boxes];
  for (const { width, maxHeight = Infinity, maxLines = Infinity } of list) {
    for (const size of sizes) {
      const lines = wrapText(lang, type, text, style, stack, width, size);
      if (lines.length <= maxLines && lines.length * size * style.lineHeight <= maxHeight)
        return { lines, size, lineHeight: size * style.lineHeight, stack };
    }
  }
  const last = list.at(-1);
  throw new Error(
    `step images: “${text}” does not fit ${Math.round(last?.width ?? 0)} × ${Math.round(last?.maxHeight ?? Infinity)} px at ${sizes.join(', ')} px`,
  );
}
