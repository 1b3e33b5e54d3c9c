// Render specs for a step's printed graphic, with stand-in drawings that show what they were given.
import { describe, expect, test } from 'vitest';
import raw from '#data/story.json';
import type { GraphicKind } from '#src/data/schema.ts';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { parseStory } from '#test/support/english.ts';
import { elements } from '#test/support/markup.ts';
import type { PrintDrawings } from './print-drawings.ts';
import { PrintGraphic, printSize } from './print-graphic.tsx';
import { editionOf, renderIn } from '#test/support/edition.ts';

const edition = await editionOf('en');

const story = parseStory(raw);

/** A graphic that draws nothing but says what it received. */
const standIn = ({ state, width, height, currency }: DrawingProps<GraphicKind> & { currency?: string }) => (
  <svg data-drew={state.graphic} data-state={state.description} data-size={`${width}x${height}`} data-currency={currency} />
);
const drawings = {
  map: { Drawing: standIn, Table: () => null },
  timeline: { Drawing: standIn, Table: () => null },
  volume: { Drawing: standIn, Table: () => null },
  share: { Drawing: standIn, Table: () => null },
} as PrintDrawings;

/** The printed figure, its caption's text, and what the stand-in drawing was given. */
function render(key: string) {
  const html = renderIn(edition, <PrintGraphic story={story} state={story.graphicStates[key]!} drawings={drawings} />);
  return { figures: elements(html, 'figure'), caption: elements(html, 'figcaption')[0]?.text, drew: elements(html, 'svg')[0]?.attrs };
}

describe('printed graphic', () => {
  test.each(story.steps.map((s) => s.state))('for state %s draws that graphic, in that state, at the print size', (key) => {
    const state = story.graphicStates[key]!;
    const { figures, drew } = render(key);
    expect(figures).toHaveLength(1);
    expect(figures[0]!.attrs).toMatchObject({ 'data-graphic': state.graphic, 'data-print-graphic': 'true' });
    expect(drew).toMatchObject({
      'data-drew': state.graphic,
      'data-state': state.description,
      'data-size': `${printSize.width}x${printSize.height}`,
    });
  });

  test('is captioned with the graphic’s title and caption', () => {
    const { title, caption } = story.graphics.volume;
    const printed = render('volume-2015').caption;
    expect(printed).toContain(title);
    expect(printed).toContain(caption);
  });

  test('draws sums in yuan, the report’s currency (the currency switch is not printed)', () => {
    expect(render('volume-2016').drew?.['data-currency']).toBe('CNY');
  });

  // On paper its box is 4:3 too (e2e/print.spec.ts measures it).
  test('draws at 4:3, the shape of its printed box', () => {
    expect(printSize.width / printSize.height).toBeCloseTo(4 / 3, 2);
  });
});
