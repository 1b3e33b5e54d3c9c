// The share graphic's geometry: a waffle grid fitted to the area, the big percentage, its words and a legend.
import { figureById } from '#src/data/lookup.ts';
import type { StateOf } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/schema.ts';
import { wrapWords, type Typesetter } from '#src/lib/wrap-words.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Translate } from '#src/edition/message.ts';
import { legendWords, shareWords } from './share-text.ts';
import { cellCount, filledOutline, waffleCells, type Cell } from './waffle.ts';

type Lines = { lines: string[]; x: number; y: number };
export type LegendItem = Lines & { key: 'filled' | 'empty'; swatch: { x: number; y: number; size: number } };

export type ShareLayout = {
  width: number;
  height: number;
  /** `side`: grid left, words right (wide areas); `stacked`: words, grid, legend (tall ones). */
  arrangement: 'side' | 'stacked';
  figureId: string;
  filledCount: number;
  cells: Cell[];
  /** Dashed outline around the filled squares: the forecast styling used across the story. */
  outline: string;
  big: { text: string; x: number; y: number; fontSize: number };
  /** Text blocks: `y` is the first line's baseline. */
  words: Lines & { fontSize: number };
  legend: LegendItem[];
  legendFontSize: number;
  /** Line spacing of the words and of the legend. */
  lineHeight: number;
  legendLineHeight: number;
};

const pad = 8;
const swatch = 14;

/** What the share graphic is laid out with: the edition's words and figures, and its typesetter. */
export type ShareSetting = Pick<Edition, 'figures'> & { t: Translate; type: Typesetter };

/** The state has nothing to choose (the figure is the story's only share); it is taken for symmetry and ignored. */
export function shareLayout(
  story: PageStory,
  size: { width: number; height: number },
  _state: StateOf<'share'>,
  { t, figures, type }: ShareSetting,
): ShareLayout {
  const { width, height } = size;
  const figure = figureById(story, story.graphics.share.figure);
  // One square per percent of the whole.
  const filledCount = Math.round((figure.value / 100) * cellCount);
  const wordSize = width >= 480 ? 16 : 14;
  const legendFontSize = 13;
  const lineHeight = Math.round(wordSize * 1.3);
  const legendLine = Math.round(legendFontSize * 1.3);
  const labels = legendWords(t, figure);
  const side = width >= height * 0.9;

  // Text blocks are measured first; the grid takes what is left, up to 44 px a square.
  const sideGrid = Math.min(height - pad * 2, width * 0.55, 440);
  const textWidth = side ? width - pad * 2 - sideGrid - 20 : width - pad * 2;
  const bigSize = Math.round(Math.min(64, Math.max(36, textWidth * (side ? 0.3 : 0.12))));
  const words = wrapWords(type, shareWords(t, figure), textWidth, wordSize);
  const legendLines = {
    filled: wrapWords(type, labels.filled, textWidth - swatch - 8, legendFontSize),
    empty: wrapWords(type, labels.empty, textWidth - swatch - 8, legendFontSize),
  };
  const headHeight = bigSize + 6 + words.length * lineHeight;
  const legendHeight = (legendLines.filled.length + legendLines.empty.length) * legendLine + 8;

  const gridSide = side ? sideGrid : Math.min(width - pad * 2, height - pad * 2 - headHeight - legendHeight - 32, 440);
  // Whatever is left over is shared above and below, so the composition sits in the middle of the area.
  const stackTop = Math.max(pad, (height - headHeight - 16 - gridSide - 16 - legendHeight) / 2);
  const gridX = side ? pad : (width - gridSide) / 2;
  const gridY = side ? (height - gridSide) / 2 : stackTop + headHeight + 16;
  const textX = side ? gridX + gridSide + 20 : gridX;
  const textTop = side ? Math.max(pad, (height - headHeight - legendHeight - 20) / 2) : stackTop;
  const legendTop = side ? textTop + headHeight + 20 : gridY + gridSide + 16;

  let cursor = legendTop;
  const legend = (['filled', 'empty'] as const).map((key): LegendItem => {
    const lines = legendLines[key];
    const item = { key, lines, x: textX + swatch + 8, y: cursor + legendFontSize * 0.9, swatch: { x: textX, y: cursor + 1, size: swatch } };
    cursor += lines.length * legendLine + 8;
    return item;
  });

  return {
    width,
    height,
    arrangement: side ? 'side' : 'stacked',
    figureId: figure.id,
    filledCount,
    cells: waffleCells(gridX, gridY, gridSide, filledCount),
    outline: filledOutline(gridX, gridY, gridSide, filledCount),
    big: { text: figures[figure.id]?.short ?? '', x: textX, y: textTop + bigSize * 0.82, fontSize: bigSize },
    words: { lines: words, x: textX, y: textTop + bigSize + 6 + wordSize, fontSize: wordSize },
    legend,
    legendFontSize,
    lineHeight,
    legendLineHeight: legendLine,
  };
}
