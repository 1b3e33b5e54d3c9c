import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapTable, mapRows } from './map-table.tsx';
import { story } from './test-data.ts';

describe('map table', () => {
  it('lists each place with its events and months, in story order', () => {
    expect(mapRows(story).map((r) => [r.place, r.month])).toEqual([
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

  it('renders a captioned table with Place, Event and Month columns', () => {
    const html = renderToStaticMarkup(<MapTable story={story} />);
    expect(html).toContain(`<caption class="mb-2 text-left font-semibold">${story.graphics.map.title}</caption>`);
    expect(html.match(/<th scope="col"[^>]*>([^<]+)<\/th>/g)?.map((th) => th.replace(/<[^>]+>/g, ''))).toEqual(['Place', 'Event', 'Month']);
    expect(html).toContain('Aliexpress moves its Russian branch to Moscow’s CBD');
  });
});
