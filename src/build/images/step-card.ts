// A step's card (graphic.svg, graphic.png): the kicker, the graphic's title, the drawing, the source line and
// the credit, 600 units wide and as tall as its text needs; the drawing laid out at the size it is shown at.
import type { Size } from '#src/lib/use-element-size.ts';
import { blockBottom, type Card, type TextBlock } from './card-svg.ts';
import { setText, type TextStyle } from './set-text.ts';
import type { ImageType } from './text-measure.ts';

export const stepCardWidth = 600;
const pad = 16;

/** The drawing's size in the card: its full width, 4:3 as the graphic files. */
export const stepCardDrawing: Size = { width: stepCardWidth - 2 * pad, height: 426 };

export type CardText = { kicker: string; title: string; source: string; credit: string };

/**
 * Kickers are tracked a little, as the page's are; Chinese is not. Not in capitals, as the page's CSS sets
 * them: a capital the house sans lacks (the pseudo-locale's "Ɱ") would need a font of the machine's.
 */
export const kickerTracking = (lang: string) => (/^zh\b/.test(lang) ? 0 : 0.03);

type BlockStyle = TextStyle & { colour: string };

export function stepCard(lang: string, type: ImageType, words: CardText): Card {
  const width = stepCardWidth - 2 * pad;
  /** `text` set in the card's width, its first line's box at `top`. */
  const block = (text: string, style: BlockStyle, sizes: number[], top: number): TextBlock => ({
    ...style,
    ...setText(lang, type, text, style, { width }, sizes),
    x: pad,
    top,
  });
  const small: BlockStyle = { family: 'sans', weight: 400, lineHeight: 1.4, colour: 'muted' };
  const kickerStyle: BlockStyle = { family: 'sans', weight: 600, lineHeight: 1.3, letterSpacing: kickerTracking(lang), colour: 'accent' };
  const kicker = block(words.kicker, kickerStyle, [13], pad - 2);
  const title = block(words.title, { family: 'sans', weight: 700, lineHeight: 1.2, colour: 'ink' }, [24, 22, 20], blockBottom(kicker) + 4);
  const drawing = { x: pad, y: blockBottom(title) + 12, ...stepCardDrawing };
  const source = block(words.source, small, [13], drawing.y + drawing.height + 10);
  const credit = block(words.credit, small, [13], blockBottom(source));
  return { width: stepCardWidth, height: Math.ceil(blockBottom(credit) + pad - 4), blocks: [kicker, title, source, credit], drawing };
}
