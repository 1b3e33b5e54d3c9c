// The share graphic's number as an HTML table: the forecast share of foreign trade, its year (none) and kind.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { formatFigure } from '#src/data/format.ts';
import { figureById } from '#src/data/lookup.ts';
import { strings } from '#src/lib/strings.ts';
import { deferredStrings } from '#src/lib/deferred-strings.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

const cell = 'py-1 pr-3 align-top';

export function ShareTable({ story }: TableProps) {
  const figure = figureById(story, story.graphics.share.figure);
  return (
    <DataTable
      caption={story.graphics.share.title}
      columns={[strings.columns.figure, strings.columns.value, deferredStrings().columns.year, strings.columns.kind]}
    >
      <tr className="border-b border-rule">
        <th scope="row" className={`${cell} text-left font-normal`}>
          {figure.label}
        </th>
        <td className={cell}>{formatFigure(figure)}</td>
        <td className={cell}>{figure.year ?? deferredStrings().share.yearNotGiven}</td>
        <td className={cell}>{strings.kinds[figure.kind]}</td>
      </tr>
    </DataTable>
  );
}
