// The Chinese edition's graphics break their labels where the build found, without the platform's words.
import { createElement } from 'react';
import { expect, test, vi } from 'vitest';
import { StaticDrawing } from '#src/graphics/static-drawing.tsx';
import { renderIn, testSite } from '#test/support/edition.ts';

const site = testSite();
const pages = await site.pages();
const zh = pages.find((edition) => edition.code === 'zh');
const frame = site
  .editions()
  .find((edition) => edition.entry.code === 'zh')
  ?.frame();
if (!zh || !frame) throw new Error('no Chinese edition');

/** How many word segmenters drawing each step's graphic in its state, as the page draws it, makes in `edition`. */
const segmentersToDraw = (edition: typeof zh) => {
  const made = vi.fn();
  const Platform = Intl.Segmenter;
  const Counted = class extends Platform {
    constructor(...args: ConstructorParameters<typeof Platform>) {
      super(...args);
      made();
    }
  };
  Object.assign(Intl, { Segmenter: Counted });
  try {
    for (const step of edition.story.steps) {
      const state = edition.story.graphicStates[step.state];
      if (state) renderIn(edition, createElement(StaticDrawing, { story: edition.story, state, frame }));
    }
  } finally {
    Object.assign(Intl, { Segmenter: Platform });
  }
  return made.mock.calls.length;
};

test('drawn in every step’s state, the Chinese graphics make no Intl.Segmenter: every label they wrap is in the build’s units', () => {
  expect(segmentersToDraw(zh)).toBe(0);
  // Without them, the same drawings need one.
  expect(segmentersToDraw({ ...zh, units: undefined })).toBeGreaterThan(0);
});

test('only an edition that writes without spaces carries units', () => {
  expect(pages.filter((edition) => edition.units).map((edition) => edition.code)).toEqual(['zh']);
});
