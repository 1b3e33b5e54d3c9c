// The share previews, 1200×630 as social networks show them: a step's (share.png beside its page) and the
// site's (share.png, share-ru.png, …: src/build/head-tags.ts). Text on the left, large enough to read in a
// thumbnail a third of the size; the drawing on the right, its labels drawn larger by laying it out smaller.
import type { Size } from '#src/lib/use-element-size.ts';
import { blockBottom, type Card, type TextBlock } from './card-svg.ts';
import { setText, wrapText, type SetText, type TextStyle } from './set-text.ts';
import { kickerTracking } from './step-card.ts';
import type { ImageType } from './text-measure.ts';

export const shareCardSize = { width: 1200, height: 630 } as const;

/** A step's drawing: 624×552 on the card, laid out at 416×368, so its labels read half as large again. */
export const stepShareDrawing = { box: { x: 540, y: 39, width: 624, height: 552 }, layout: { width: 416, height: 368 } satisfies Size };

/** The site's card: the opening map, the card's full height, as the story opens. */
export const siteShareDrawing = { box: { x: 640, y: 0, width: 560, height: 630 }, layout: { width: 560, height: 630 } satisfies Size };

type BlockStyle = TextStyle & { colour: string };

/** The left column: where its text starts and ends. */
type Column = { x: number; width: number; top: number; bottom: number };

const block = (style: BlockStyle, set: SetText, x: number, top: number): TextBlock => ({ ...style, ...set, x, top });

/** The kicker at the column's top, and `last` (source, credit or date) at its bottom; `room` is what is left between. */
function columnEnds(lang: string, type: ImageType, column: Column, kicker: string, size: number, last: string[], lastSize: number) {
  const { x, width } = column;
  const kickerStyle: BlockStyle = { family: 'sans', weight: 600, lineHeight: 1.2, letterSpacing: kickerTracking(lang), colour: 'accent' };
  const top = block(
    kickerStyle,
    setText(lang, type, kicker, kickerStyle, [{ width, maxLines: 1 }, { width }], [size, size - 2, size - 4]),
    x,
    column.top,
  );
  const small: BlockStyle = { family: 'sans', weight: 400, lineHeight: 1.35, colour: 'muted' };
  // A line each where a size a little smaller allows ("…2016 г." kept whole), else wrapped.
  const sets = last.map((text) =>
    setText(lang, type, text, small, [{ width, maxLines: 1 }, { width }], [lastSize, lastSize - 2, lastSize - 3]),
  );
  let y = column.bottom - sets.reduce((sum, set) => sum + set.lines.length * set.lineHeight, 0);
  const room = { top: blockBottom(top), bottom: y };
  const bottom = sets.map((set) => {
    const made = block(small, set, x, y);
    y = blockBottom(made);
    return made;
  });
  return { top, bottom, room };
}

/** A step's share card: kicker, the graphic's title as large as fits, source and credit; the drawing beside. */
export function stepShareCard(
  lang: string,
  type: ImageType,
  words: { kicker: string; title: string; source: string; credit: string },
): Card {
  const column = { x: 56, width: 444, top: 56, bottom: shareCardSize.height - 52 };
  const { top, bottom, room } = columnEnds(lang, type, column, words.kicker, 22, [words.source, words.credit], 20);
  const style: BlockStyle = { family: 'sans', weight: 700, lineHeight: 1.12, colour: 'ink' };
  const titleTop = room.top + 20;
  // As large as fits four lines, or more lines where a long title needs them.
  const maxHeight = room.bottom - 28 - titleTop;
  const set = setText(
    lang,
    type,
    words.title,
    style,
    [
      { width: column.width, maxHeight, maxLines: 4 },
      { width: column.width, maxHeight },
    ],
    [60, 54, 48, 44, 40, 36, 32],
  );
  const title = block(style, set, column.x, titleTop);
  return { ...shareCardSize, blocks: [top, title, ...bottom], drawing: stepShareDrawing.box };
}

/**
 * As much of `text` as fits `maxLines`: whole, or its first sentences; where not even the first fits, its
 * words up to the last line's end and an ellipsis. The page's description carries the whole standfirst.
 */
export function fittingLines(
  lang: string,
  type: ImageType,
  text: string,
  style: TextStyle,
  width: number,
  size: number,
  maxLines: number,
): SetText & { whole: boolean } {
  const stack = type.stackFor(`${text}…`, style.weight, style.family);
  const set = (lines: string[], whole = false) => ({ lines, size, lineHeight: size * style.lineHeight, stack, whole });
  const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  for (let n = sentences.length; n > 0; n--) {
    const lines = wrapText(lang, type, sentences.slice(0, n).join('').trim(), style, stack, width, size);
    if (lines.length <= maxLines) return set(lines, n === sentences.length);
  }
  if (maxLines <= 0) return set([]);
  const lines = wrapText(lang, type, text, style, stack, width, size).slice(0, maxLines);
  const last = [...(lines.pop() ?? '')];
  while (last.length > 0 && type.measure(`${last.join('')}…`, size, style.weight, stack) > width) last.pop();
  return set([...lines, `${last.join('').trimEnd()}…`]);
}

/**
 * The site's share card: kicker, headline and standfirst, source and date; the opening map beside. The
 * headline is set as large as leaves room for the whole standfirst, or, where no size does, for its first
 * sentences.
 */
export function siteShareCard(
  lang: string,
  type: ImageType,
  words: { kicker: string; headline: string; dek: string; source: string; published: string },
): Card {
  const column = { x: 60, width: 540, top: 52, bottom: shareCardSize.height - 44 };
  const { top, bottom, room } = columnEnds(lang, type, column, words.kicker, 19, [words.source, words.published], 15);
  const headStyle: BlockStyle = { family: 'serif', weight: 700, lineHeight: 1.12, colour: 'ink' };
  const dekStyle: BlockStyle = { family: 'serif', weight: 400, lineHeight: 1.42, colour: 'muted' };
  const headTop = room.top + 18;
  const dekSize = 19;
  const layouts = [46, 42, 38, 34].map((size) => {
    const head = setText(lang, type, words.headline, headStyle, { width: column.width }, [size]);
    const dekTop = headTop + head.lines.length * head.lineHeight + 18;
    const maxLines = Math.floor((room.bottom - 24 - dekTop) / (dekSize * dekStyle.lineHeight));
    const dek = fittingLines(lang, type, words.dek, dekStyle, column.width, dekSize, maxLines);
    return { head, dekTop, dek };
  });
  const chosen = layouts.find((l) => l.dek.whole) ?? layouts.at(-1);
  if (!chosen || chosen.dek.lines.length === 0)
    throw new Error(`step images: the headline “${words.headline}” leaves no room for the standfirst`);
  const blocks = [top, block(headStyle, chosen.head, column.x, headTop), block(dekStyle, chosen.dek, column.x, chosen.dekTop), ...bottom];
  return { ...shareCardSize, blocks, drawing: siteShareDrawing.box };
}
