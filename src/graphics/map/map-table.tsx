// The map's numbers as a table: each place the story names and what happened there, by month.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { byEventTime } from '#src/data/event-time.ts';
import type { EventText } from '#src/edition/edition.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { DataTable } from '#src/graphics/data-table.tsx';

type Row = { place: string; event: string; month: string; key: string };

/**
 * One row per (place, event), places in story order, events by month (one the report gives no month
 * says so: "month not given; reported … as recent"); a place with no event gets one row of dashes.
 */
export function mapRows(story: TableProps['story'], events: Record<string, EventText>): Row[] {
  return story.places.flatMap((place) => {
    const there = story.events.filter((e) => e.places.includes(place.id)).sort(byEventTime);
    if (there.length === 0) return [{ key: place.id, place: place.name, event: '–', month: '–' }];
    return there.map((e) => ({ key: `${place.id}-${e.id}`, place: place.name, event: e.title, month: events[e.id]?.when ?? '' }));
  });
}

/** The HTML table behind the map: the same places and events, as text. */
export function MapTable({ story }: TableProps) {
  const t = useT();
  const { events } = useEdition();
  const cell = 'border-b border-rule px-2 py-1 text-left align-top';
  return (
    <DataTable caption={story.graphics.map.title} columns={[t('columns.place'), t('columns.event'), t('columns.month')]}>
      {mapRows(story, events).map((row) => (
        <tr key={row.key}>
          <th scope="row" className={`${cell} font-normal`}>
            {row.place}
          </th>
          <td className={cell}>{row.event}</td>
          <td className={cell}>{row.month}</td>
        </tr>
      ))}
    </DataTable>
  );
}
