// Specs for the map's table: the places the story names and what happened there, by month.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapTable, mapRows } from './map-table.tsx';
import { story } from '#test/support/map-test-data.ts';
import { elements, tableRows } from '#test/support/markup.ts';

describe('map table', () => {
  it('lists each place with its events and months, in story order', () => {
    expect(mapRows(story).map((r) => [r.place, r.month])).toEqual([
      ['China', 'July 2016'],
      ['Russia', '–'],
      ['Moscow', 'December 2016'],
      ['Southeast Asia', 'April 2016'],
      ['Southeast Asia', 'July 2016'],
      ['Thailand', 'November 2016'],
      ['Thailand', 'December 2016'],
      ['India', '–'],
    ]);
  });

  it('shows a table captioned with the map’s title, with Place, Event and Month columns and a row per place and event', () => {
    const html = renderToStaticMarkup(<MapTable story={story} />);
    expect(elements(html, 'caption').map((caption) => caption.text)).toEqual([story.graphics.map.title]);
    const [head, ...rows] = tableRows(html);
    expect(head).toEqual(['Place', 'Event', 'Month']);
    expect(rows).toContainEqual(['Moscow', "Aliexpress moves its Russian branch to Moscow's CBD", 'December 2016']);
    expect(rows.map(([place, , month]) => [place, month])).toEqual(mapRows(story).map((row) => [row.place, row.month]));
  });
});
