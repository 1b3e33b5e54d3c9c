// The share chart's number as an HTML table: the forecast share of foreign trade, its year (none) and kind.
import type { TableProps } from '../chart-props';
import { formatFigure } from '@/data/format';
import { figureById } from '@/data/lookup';
import { strings } from '@/lib/strings';
import { shareFigureId } from './layout';

const cell = 'py-1 pr-3 align-top';

export function ShareTable({ story }: TableProps) {
  const figure = figureById(story, shareFigureId);
  return (
    <table className="w-full border-collapse font-sans text-sm">
      <caption className="mb-2 text-left font-semibold">{story.charts.share.title}</caption>
      <thead>
        <tr className="border-b border-rule text-left">
          <th scope="col" className={`${cell} font-semibold`}>Figure</th>
          <th scope="col" className={`${cell} font-semibold`}>Value</th>
          <th scope="col" className={`${cell} font-semibold`}>Year</th>
          <th scope="col" className={`${cell} font-semibold`}>Kind</th>
        </tr>
      </thead>
      <tbody>
        <tr className="border-b border-rule">
          <th scope="row" className={`${cell} text-left font-normal`}>{figure.label}</th>
          <td className={cell}>{formatFigure(figure)}</td>
          <td className={cell}>{figure.year ?? 'not given'}</td>
          <td className={cell}>{strings.kinds[figure.kind]}</td>
        </tr>
      </tbody>
    </table>
  );
}
