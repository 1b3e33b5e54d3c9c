// Places the map's note (what its shading or arrow stands for) and its legend (what its hatching stands
// for) in a corner clear of the labels and dots.
import type { Size } from '#src/lib/use-element-size.ts';
import { blockWidth, type Typesetter } from '#src/lib/wrap-words.ts';
import { overlaps, type Box } from './labels.ts';

/** The note's lines; `y` is the first line's vertical centre (render with dominant-baseline="central"). */
export type NoteMark = { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number; box: Box };

const inset = 8;

/**
 * Breaks `text` into lines no wider than `maxWidth`, where wrapWords would (spaces, and between Han
 * characters, as Chinese breaks lines, names included), but never inside a name written with capitals:
 * runs of capitalised words ("Li Hui", "Ли Хуэй") stay on one line, so a note never splits whose claim it is.
 */
export function wrapNote(type: Typesetter, text: string, maxWidth: number, fontSize: number): string[] {
  const units: { text: string; spaced: boolean }[] = [];
  const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
  for (const unit of type.units(text)) {
    const last = units.at(-1);
    const lastWord = last?.text.split(' ').at(-1) ?? '';
    if (last && unit.spaced && isCapitalised(unit.text) && isCapitalised(lastWord) && !/\p{P}$/u.test(lastWord))
      last.text += ` ${unit.text}`;
    else units.push({ ...unit });
  }
  const lines: string[] = [];
  for (const unit of units) {
    const line = lines.at(-1);
    const joined = `${line}${unit.spaced ? ' ' : ''}${unit.text}`;
    if (line !== undefined && type.width(joined, fontSize) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(unit.text);
  }
  return lines;
}

/**
 * Wraps `text` to at most half the drawing (and 260 px) and puts it in the first corner, of bottom-left,
 * top-right, bottom-right and top-left, where it overlaps none of `obstacles`; bottom-left if none is clear.
 * The corners are open sea or the map's edge at every size the story is drawn at. With `beside` (the
 * note's box, for the legend), it tries against that box first, above it or below it, so the map's key
 * reads as one block; `indent` leaves room before the text (the legend's swatch).
 */
export function placeNote(
  type: Typesetter,
  text: string,
  obstacles: Box[],
  { width, height }: Size,
  fontSize = 12,
  indent = 0,
  beside?: Box,
): NoteMark {
  const lineHeight = Math.round(fontSize * 1.3);
  const lines = wrapNote(type, text, Math.min(260, Math.max(120, width * 0.5)) - indent, fontSize);
  const w = indent + blockWidth(type, lines, fontSize);
  const h = lines.length * lineHeight;
  const corners: [number, number][] = [
    ...(beside
      ? ([
          [beside.x0, beside.y0 - 4 - h],
          [beside.x0, beside.y1 + 4],
        ] as [number, number][])
      : []),
    [inset, height - inset - h],
    [width - inset - w, inset],
    [width - inset - w, height - inset - h],
    [inset, inset],
  ];
  const boxes = corners.map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
  const clear = (b: Box) => b.y0 >= 0 && b.y1 <= height && !obstacles.some((o) => overlaps(b, o));
  const box = boxes.find(clear) ?? boxes[beside ? 2 : 0]!;
  const round = (value: number) => Math.round(value * 10) / 10;
  return { lines, x: round(box.x0 + indent), y: round(box.y0 + lineHeight / 2), fontSize, lineHeight, box };
}
