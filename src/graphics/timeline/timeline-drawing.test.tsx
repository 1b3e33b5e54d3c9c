// Render specs for the timeline graphic and its table, as static markup.
import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import raw from '#data/story.json';
import { parseStory } from '#src/data/validate.ts';
import { svgNameIds } from '#test/support/svg-names.ts';
import { TimelineDrawing } from './timeline-drawing.tsx';
import { TimelineTable } from './timeline-table.tsx';

const story = parseStory(raw);
const state = story.graphicStates['timeline-lazada'];
if (state?.graphic !== 'timeline') throw new Error('story.json has no timeline-lazada state');

describe('timeline graphic', () => {
  const html = renderToStaticMarkup(<TimelineDrawing story={story} state={state} width={375} height={330} />);

  test('is an image named by its title and described by the step', () => {
    const { titleId, descId } = svgNameIds(html);
    expect(html).toContain(`<title id="${titleId}">Five moves in 2016</title>`);
    expect(html).toContain(`<desc id="${descId}">${state.description.replace(/'/g, '&#x27;')}</desc>`);
    expect(html).toMatch(/^<svg role="img"/);
    expect(html).toContain('viewBox="0 0 375 330"');
  });

  test('draws a mark group for each of the five events, the step’s event highlighted', () => {
    expect(html.match(/data-event="/g)).toHaveLength(5);
    expect(html).toContain('data-event="lazada" data-highlighted="true"');
    expect(html.match(/data-highlighted="true"/g)).toHaveLength(1);
  });

  test('sets no text below 12 px', () => {
    const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});

test('timeline table lists every event by month with its kind', () => {
  const html = renderToStaticMarkup(<TimelineTable story={story} />);
  expect(html).toContain('<caption');
  expect(html.match(/<tr/g)).toHaveLength(6);
  expect(html).toContain('April 2016');
  expect(html.match(/December 2016/g)).toHaveLength(2);
  expect(html).toContain('<th scope="col"');
  expect(html.match(/>reported</g)).toHaveLength(5);
});
