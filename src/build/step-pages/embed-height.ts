// How tall a step's graphic is in embed mode, for the plain iframe's height (the embed codes, oEmbed's
// `height`), where no Pym.js parent gives the frame the graphic's own: its text wrapped in the house sans
// (the widths the build measured, which err on the wide side), and the drawing's 4:3 at the column's width.
import type { GraphicState } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { typesetter, wrapWords } from '#src/lib/wrap-words.ts';
import { stepDrawingSize } from '#src/steps/step-drawing-size.ts';

/**
 * A usual width for a graphic in an article's column, in px, and the widest the embed lays it out at (wider,
 * it stands centred: src/steps/step-page.tsx, embed:max-w-160): oEmbed's `width`, and what the height is
 * for, which a narrower column only makes less (a smaller drawing, a line or two more of caption).
 */
export const embedWidth = 640;

/** The embed's padding, each side (src/steps/step-page.tsx, embed:p-3). */
const padding = 12;

/**
 * The height in px the embedded graphic of `state` takes at `embedWidth`, in tens, with two lines of caption
 * to spare for a reader's fonts, which may set the text wider than the house sans. Lines: the title
 * 18 px, semibold, 1.25; the caption 14 px, 1.375; "Show the numbers" 14 px, 1.5; the source and credit
 * 12 px, 1.5, one line each.
 */
export function embedHeight(edition: Pick<Edition, 'lang' | 'advances' | 'story'>, state: GraphicState): number {
  const type = typesetter(edition.lang, edition.advances);
  const { title, caption } = edition.story.graphics[state.graphic];
  const column = embedWidth - 2 * padding;
  const lines = (text: string, size: number, bold = false) => wrapWords(type, text, column, size, bold).length;
  const drawing = (column * stepDrawingSize.height) / stepDrawingSize.width;
  const text = lines(title, 18, true) * 22.5 + 4 + (lines(caption.text, 14) + 2) * 19.25 + 12 + 8 + 21 + 12 + 2 * 18 + 2;
  return Math.ceil((2 * padding + drawing + text) / 10) * 10;
}
