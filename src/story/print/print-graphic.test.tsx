// Render specs for a step's printed graphic, with stand-in drawings that show what they were given.
import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import raw from '#data/story.json';
import type { GraphicKind } from '#src/data/schema.ts';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { parseStory } from '#src/data/validate.ts';
import type { PrintDrawings } from './print-drawings.ts';
import { PrintGraphic, printSize } from './print-graphic.tsx';

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

const render = (key: string) => renderToStaticMarkup(<PrintGraphic story={story} state={story.graphicStates[key]!} drawings={drawings} />);

describe('printed graphic', () => {
  test.each(story.steps.map((s) => s.state))('for state %s draws that graphic, in that state, at the print size', (key) => {
    const state = story.graphicStates[key]!;
    const html = render(key);
    expect(html).toMatch(new RegExp(`^<figure data-graphic="${state.graphic}" data-print-graphic="true"`));
    expect(html).toContain(`data-drew="${state.graphic}"`);
    expect(html).toContain(`data-state="${state.description.replace(/'/g, '&#x27;').replace(/"/g, '&quot;')}"`);
    expect(html).toContain(`data-size="${printSize.width}x${printSize.height}"`);
  });

  test('is captioned with the graphic’s title and caption', () => {
    const html = render('volume-2015');
    expect(html).toContain(`<figcaption>`);
    expect(html).toContain(story.graphics.volume.title.replace(/'/g, '&#x27;'));
  });

  test('draws sums in yuan, the report’s currency (the currency switch is not printed)', () => {
    expect(render('volume-2016')).toContain('data-currency="CNY"');
  });

  test('draws at 4:3, the shape of its printed box', () => {
    expect(printSize.width / printSize.height).toBeCloseTo(4 / 3, 2);
    expect(render('map-china')).toContain('aspect-[4/3]');
  });
});
