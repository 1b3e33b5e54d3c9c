// The timeline's events as an HTML table: the text alternative to the graphic, with the same months (or none) and titles.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { byEventTime } from '#src/data/event-time.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { DataTable } from '#src/graphics/data-table.tsx';

/** Every event is taken from the report, so each row's kind is "reported". */
export function TimelineTable({ story }: TableProps) {
  const t = useT();
  const { events: words } = useEdition();
  const events = [...story.events].sort(byEventTime);
  return (
    <DataTable caption={story.graphics.timeline.title} columns={[t('columns.month'), t('columns.event'), t('columns.kind')]}>
      {events.map((e) => (
        <tr key={e.id} className="border-b border-rule align-top">
          <td className="py-1 pr-3">{words[e.id]?.when}</td>
          <th scope="row" className="py-1 pr-3 text-left font-normal">
            {e.title}
          </th>
          <td className="py-1">{t('kinds.reported')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
