// The share chart's number as an HTML table: the forecast share of foreign trade, its year (none) and kind.
import type { TableProps } from '../chart-props';
import { formatFigure } from '@/data/format';
import { figureById } from '@/data/lookup';
import { strings } from '@/lib/strings';
import { shareFigureId } from './layout';
import { DataTable } from '@/charts/data-table';

const cell = 'py-1 pr-3 align-top';

export function ShareTable({ story }: TableProps) {
  const figure = figureById(story, shareFigureId);
  return (
    <DataTable caption={story.charts.share.title} columns={['Figure', 'Value', 'Year', 'Kind']}>
        <tr className="border-b border-rule">
          <th scope="row" className={`${cell} text-left font-normal`}>{figure.label}</th>
          <td className={cell}>{formatFigure(figure)}</td>
          <td className={cell}>{figure.year ?? 'not given'}</td>
          <td className={cell}>{strings.kinds[figure.kind]}</td>
        </tr>
      </DataTable>
  );
}
