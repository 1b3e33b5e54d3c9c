// The volume graphic's numbers as an HTML table, in yuan and in US dollars, with each figure's kind.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { formatFigure, formatRoundedPercent } from '#src/data/format.ts';
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';
import { growthFigure, isApproximate, volumeFigure, volumeYears } from './volume-data.ts';
import { noDollarFigure } from './volume-labels.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

const cell = 'py-1 pr-3 align-top';

/** "about 4.2 trillion yuan" for derived and approximate figures, as in the graphic's "≈". */
const amount = (f: Figure | null) => (f ? formatFigure({ ...f, approximate: isApproximate(f) }) : noDollarFigure);

/** Derived growth is rounded to what its inputs support ("about 20 percent"), as in the graphic. */
function growth(f: Figure | null): string {
  if (!f) return '–';
  const value = f.kind === 'derived' ? formatRoundedPercent(f.value) : formatFigure(f);
  return `${value} (${strings.kinds[f.kind]})`;
}

export function VolumeTable({ story }: TableProps) {
  return (
    <DataTable
      caption={story.graphics.volume.title}
      columns={['Year', 'Yuan', 'US dollars', 'Kind', 'Growth on the year before (of the yuan volume)']}
    >
      {volumeYears(story).map((year) => {
        const yuan = volumeFigure(story, year, 'CNY');
        return (
          <tr key={year} className="border-b border-rule">
            <th scope="row" className={`${cell} text-left font-semibold`}>
              {year}
            </th>
            <td className={cell}>{amount(yuan)}</td>
            <td className={cell}>{amount(volumeFigure(story, year, 'USD'))}</td>
            <td className={cell}>{yuan ? strings.kinds[yuan.kind] : '–'}</td>
            <td className={cell}>{growth(growthFigure(story, year))}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
