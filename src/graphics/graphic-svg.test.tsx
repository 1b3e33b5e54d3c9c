// Specs every drawing shares through GraphicSvg: one image, named by its graphic's title and described by
// its state, at the size it is given, with every text sized and none below 12 px.
import type { ReactElement } from 'react';
import { expect, test } from 'vitest';
import type { GraphicState } from '#src/data/schema.ts';
import { renderIn } from '#test/support/edition.ts';
import { edition, frame, story } from '#test/support/map-test-data.ts';
import { svgName } from '#test/support/svg-names.ts';
import { MapSvg } from './map/map-svg.tsx';
import { TimelineDrawing } from './timeline/timeline-drawing.tsx';
import { VolumeDrawing } from './volume/volume-drawing.tsx';
import { ShareDrawing } from './share/share-drawing.tsx';

const size = { width: 375, height: 330 };
const stateOf = (key: string) => story.graphicStates[key] as never;

// The volume graphic in dollars, which has the most texts: the 2014 bar's note among them.
const drawings: [string, ReactElement<{ state: GraphicState }>][] = [
  ['map', <MapSvg story={story} state={stateOf('map-moscow')} frame={frame} {...size} />],
  ['timeline', <TimelineDrawing story={story} state={stateOf('timeline-lazada')} {...size} />],
  ['volume', <VolumeDrawing story={story} state={stateOf('volume-2016')} currency="USD" {...size} />],
  ['share', <ShareDrawing story={story} state={stateOf('share-foreign-trade')} {...size} />],
];

test.each(drawings)('the %s is an image named by its title and described by its state, with no text below 12 px', (_, drawing) => {
  const { state } = drawing.props;
  const html = renderIn(edition, drawing);
  expect(html).toMatch(/^<svg role="img"/);
  expect(html).toContain('viewBox="0 0 375 330"');
  expect(svgName(html)).toEqual({ name: story.graphics[state.graphic].title, description: state.description });
  const texts = html.match(/<text\b[^>]*>/g) ?? [];
  expect(texts.length).toBeGreaterThan(2);
  for (const tag of texts) expect(tag).toMatch(/font-size="/);
  for (const [tag, fontSize] of html.matchAll(/font-size="([\d.]+)"/g)) expect(Number(fontSize), tag).toBeGreaterThanOrEqual(12);
});
