// The timeline's events as an HTML table: the text alternative to the graphic, with the same months (or none) and titles.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { byEventTime, eventWhen } from '#src/data/event-time.ts';
import { strings } from '#src/lib/strings.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

/** Every event is taken from the report, so each row's kind is "reported". */
export function TimelineTable({ story }: TableProps) {
  const events = [...story.events].sort(byEventTime);
  return (
    <DataTable caption={story.graphics.timeline.title} columns={[strings.columns.month, strings.columns.event, strings.columns.kind]}>
      {events.map((e) => (
        <tr key={e.id} className="border-b border-rule align-top">
          <td className="py-1 pr-3">{eventWhen(e)}</td>
          <th scope="row" className="py-1 pr-3 text-left font-normal">
            {e.title}
          </th>
          <td className="py-1">{strings.kinds.reported}</td>
        </tr>
      ))}
    </DataTable>
  );
}
