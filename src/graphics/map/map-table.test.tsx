// Specs for the map's table: the places the story names and what happened there, by month.
import { describe, expect, it } from 'vitest';
import { MapTable, mapRows } from './map-table.tsx';
import { edition, story } from '#test/support/map-test-data.ts';
import { renderIn } from '#test/support/edition.ts';
import { elements, tableRows } from '#test/support/markup.ts';

describe('map table', () => {
  it('lists each place with its events and months, in story order', () => {
    expect(mapRows(story, edition.events).map((r) => [r.place, r.month])).toEqual([
      ['China', 'July 2016'],
      ['Russia', '–'],
      ['Moscow', 'month not given; reported 27 December 2016 as recent'],
      ['Southeast Asia', 'April 2016'],
      ['Southeast Asia', 'July 2016'],
      ['Thailand', 'November 2016'],
      ['Thailand', 'December 2016'],
      ['India', '–'],
    ]);
  });

  it('shows a table captioned with the map’s title, with Place, Event and Month columns and a row per place and event', () => {
    const html = renderIn(edition, <MapTable story={story} />);
    expect(elements(html, 'caption').map((caption) => caption.text)).toEqual([story.graphics.map.title]);
    const [head, ...rows] = tableRows(html);
    expect(head).toEqual(['Place', 'Event', 'Month']);
    expect(rows.find(([place]) => place === 'Moscow')?.[1]).toContain('AliExpress moves its Russian branch to Moscow');
    expect(rows.map(([place, , month]) => [place, month])).toEqual(mapRows(story, edition.events).map((row) => [row.place, row.month]));
  });
});
