// The share graphic's number as an HTML table: the forecast share of foreign trade, its year (none) and kind.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { figureById } from '#src/data/lookup.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

const cell = 'py-1 pr-3 align-top';

export function ShareTable({ story }: TableProps) {
  const t = useT();
  const { figures } = useEdition();
  const figure = figureById(story, story.graphics.share.figure);
  return (
    <DataTable
      caption={story.graphics.share.title}
      columns={[t('columns.figure'), t('columns.value'), t('columns.year'), t('columns.kind')]}
    >
      <tr className="border-b border-rule">
        <th scope="row" className={`${cell} text-left font-normal`}>
          {figure.label}
        </th>
        <td className={cell}>{figures[figure.id]?.stated}</td>
        <td className={cell}>{figure.year ?? t('share.yearNotGiven')}</td>
        <td className={cell}>{t(`kinds.${figure.kind}`)}</td>
      </tr>
    </DataTable>
  );
}
