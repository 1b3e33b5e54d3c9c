// A card as an SVG file: its text blocks as real <text> in the house fonts (named by family, with what
// stands in for them), and the drawing placed in its box. What the SVG file holds and what resvg renders
// to PNG are this one markup.
import { familyList } from './font-stacks.ts';

/** Lines of text set alike, the first line's box at `top`. */
export type TextBlock = {
  x: number;
  top: number;
  lines: string[];
  size: number;
  lineHeight: number;
  weight: number;
  /** The font families it is set in (text-measure.ts, stackFor). */
  stack: string[];
  /** A colour token of the theme ("ink", "muted", "accent"). */
  colour: string;
  /** In ems: the kickers' tracking. */
  letterSpacing?: number;
};

/** A card laid out: its size, its text, and where its drawing goes. */
export type Card = {
  width: number;
  height: number;
  blocks: TextBlock[];
  drawing: { x: number; y: number; width: number; height: number };
};

/** The first line's baseline: caps centred in the line's box (cap height about 0.7 em in these fonts). */
export const firstBaseline = (block: Pick<TextBlock, 'top' | 'lineHeight' | 'size'>) =>
  block.top + block.lineHeight / 2 + 0.35 * block.size;

/** Where a block ends. */
export const blockBottom = (block: Pick<TextBlock, 'top' | 'lineHeight' | 'lines'>) => block.top + block.lines.length * block.lineHeight;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (n: number) => Math.round(n * 100) / 100;

export type CardStyle = {
  colours: Record<string, string>;
  lang: string;
  /** The image's title and description, for who opens the file with a screen reader or an editor. */
  title: string;
  description: string;
};

function textMarkup(block: TextBlock, style: CardStyle): string {
  const colour = style.colours[block.colour];
  if (!colour) throw new Error(`step images: no colour token "${block.colour}" in the theme`);
  const spacing = block.letterSpacing ? ` letter-spacing="${round(block.letterSpacing * block.size)}"` : '';
  const lines = block.lines
    .map((line, i) => `<tspan x="${round(block.x)}" y="${round(firstBaseline(block) + i * block.lineHeight)}">${escape(line)}</tspan>`)
    .join('');
  return `<text font-family="${familyList(block.stack)}" font-size="${block.size}" font-weight="${block.weight}" fill="${colour}"${spacing}>${lines}</text>`;
}

/**
 * The drawing (its <svg>) as a group scaled into `box`. Not a nested <svg>, whose clip resvg renders as a
 * mask of the whole drawing (3 to 4 times the time of the map's PNG): a frame in the page's colour covers
 * what the drawing draws outside its box instead (the map's land runs on past it), before the card's text.
 * @throws Error if `drawing` is not one <svg> element, or the box is not its shape
 */
function placed(drawing: string, { width: cardWidth, height: cardHeight, drawing: box }: Card, page: string): string {
  const [start = '', attributes = ''] = /^<svg\b([^>]*)>/.exec(drawing) ?? [];
  const [, width = 0, height = 0] = (/\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(attributes) ?? []).map(Number);
  if (!start || !drawing.endsWith('</svg>') || !width) throw new Error('step images: a drawing is not one <svg> element with its viewBox');
  const scale = box.width / width;
  if (Math.abs(height * scale - box.height) > 0.5)
    throw new Error(`step images: a ${width}×${height} drawing does not fill a ${box.width}×${box.height} box`);
  const kept = attributes.replace(/\s(viewBox|width|height)="[^"]*"/g, '');
  const group = `<g transform="translate(${round(box.x)} ${round(box.y)}) scale(${round(scale * 1e4) / 1e4})"${kept}>`;
  const frame = `M-1 -1H${cardWidth + 1}V${round(cardHeight + 1)}H-1Z M${round(box.x)} ${round(box.y)}h${round(box.width)}v${round(box.height)}h${-round(box.width)}Z`;
  return `${group}${drawing.slice(start.length, -'</svg>'.length)}</g><path d="${frame}" fill="${page}" fill-rule="evenodd"/>`;
}

/** The card's SVG, `drawing` (a drawing's <svg>, its classes already written out) in its box. */
export function cardSvg(card: Card, drawing: string, style: CardStyle): string {
  const page = style.colours.page ?? '#fff';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${style.lang}" width="${card.width}" height="${round(card.height)}" viewBox="0 0 ${card.width} ${round(card.height)}">`,
    `<title>${escape(style.title)}</title><desc>${escape(style.description)}</desc>`,
    `<rect width="100%" height="100%" fill="${page}"/>`,
    placed(drawing, card, page),
    ...card.blocks.map((block) => textMarkup(block, style)),
    '</svg>',
  ].join('');
}
