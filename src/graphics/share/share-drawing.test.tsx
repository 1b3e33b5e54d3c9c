// Render specs for the share graphic and its table, as static markup.
import { expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import raw from '#data/story.json';
import { parseStory } from '#src/data/validate.ts';
import { svgNameIds } from '#src/graphics/svg-names.ts';
import { ShareDrawing } from './share-drawing.tsx';
import { ShareTable } from './share-table.tsx';

const story = parseStory(raw);
const state = story.graphicStates['share-foreign-trade'];
if (state?.graphic !== 'share') throw new Error('story.json has no share-foreign-trade state');
const html = renderToStaticMarkup(<ShareDrawing story={story} state={state} width={375} height={330} />);

test('share graphic is an image named by its title and described by the step', () => {
  const { titleId, descId } = svgNameIds(html);
  expect(html).toContain(`<title id="${titleId}">${story.graphics.share.title}</title>`);
  expect(html).toContain(`<desc id="${descId}">${state.description}</desc>`);
});

test('share graphic draws 100 squares, 20 of them filled', () => {
  expect(html.match(/data-cell="/g)).toHaveLength(100);
  expect(html.match(/data-filled="true"/g)).toHaveLength(20);
  expect(html).toContain('>20%</text>');
});

test('share graphic sets no text below 12 px', () => {
  const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});

test('share table gives the forecast share, with no year and its kind', () => {
  const table = renderToStaticMarkup(<ShareTable story={story} />);
  expect(table).toContain('<caption');
  expect(table).toContain('<td class="py-1 pr-3 align-top">20 percent</td>');
  expect(table).toContain('not given');
  expect(table).toContain('>forecast</td>');
});
