// Render specs for the timeline graphic and its table, as static markup.
import { describe, expect, test } from 'vitest';
import { TimelineDrawing } from './timeline-drawing.tsx';
import { TimelineTable } from './timeline-table.tsx';
import { editionOf, renderIn } from '#test/support/edition.ts';
import { elements } from '#test/support/markup.ts';

const edition = await editionOf('en');

const { story } = edition;
const state = story.graphicStates['timeline-lazada'];
if (state?.graphic !== 'timeline') throw new Error('story.json has no timeline-lazada state');

describe('timeline graphic', () => {
  const html = renderIn(edition, <TimelineDrawing story={story} state={state} width={375} height={330} />);

  test('draws a mark group for each of the five events, the step’s event highlighted', () => {
    const marks = elements(html, 'g').filter((g) => 'data-event' in g.attrs);
    expect(marks).toHaveLength(5);
    expect(marks.filter((g) => g.attrs['data-highlighted'] === 'true').map((g) => g.attrs['data-event'])).toEqual(['lazada']);
  });

  test('draws the Moscow move, which has no month, as a dashed mark with "reported 27 Dec as recent" under its title', () => {
    const group = /<g data-event="moscow-office" data-dated="false".*?<\/text><\/g>/.exec(html)?.[0] ?? '';
    expect(group).toMatch(/<circle [^>]*stroke-dasharray=/);
    expect(group).toMatch(/<tspan [^>]*data-note="true"[^>]*>reported 27 Dec as recent<\/tspan>/);
    expect(html.match(/stroke-dasharray=/g)).toHaveLength(1);
  });
});

test('timeline table lists every event by month, says the Moscow move has none, and gives each its kind', () => {
  const html = renderIn(edition, <TimelineTable story={story} />);
  expect(html).toContain('<caption');
  expect(html.match(/<tr/g)).toHaveLength(6);
  expect(html).toContain('April 2016');
  expect(html).toContain('>December 2016<');
  expect(html).toContain('>month not given; reported 27 December 2016 as recent<');
  expect(html).toContain('<th scope="col"');
  expect(html.match(/>reported</g)).toHaveLength(5);
});
