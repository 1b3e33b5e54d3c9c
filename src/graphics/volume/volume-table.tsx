// The volume graphic's numbers as an HTML table, in yuan and in US dollars, with each figure's kind.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import { formatStated } from '#src/data/format.ts';
import type { Figure } from '#src/data/validate.ts';
import { strings } from '#src/lib/strings.ts';
import { deferredStrings } from '#src/lib/deferred-strings.ts';
import { fill } from '#src/lib/fill.ts';
import { growthFigure, increaseFigure, volumeFigure, volumeYears } from './volume-data.ts';
import { noDollarFigure } from './volume-labels.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

const cell = 'py-1 pr-3 align-top';

/** "about 4.2 trillion yuan" for derived and approximate figures, as in the graphic's "≈"; derived ones rounded. */
const amount = (f: Figure | null) => (f ? formatStated(f) : noDollarFigure());

/** "28.6 percent (reported)", "about 1.1 trillion yuan (derived)"; a dash where there is none. */
const change = (f: Figure | null) =>
  f ? fill(deferredStrings().volume.withKind, { value: formatStated(f), kind: strings.kinds[f.kind] }) : '–';

export function VolumeTable({ story }: TableProps) {
  const { columns } = deferredStrings();
  return (
    <DataTable
      caption={story.graphics.volume.title}
      columns={[columns.year, columns.yuan, columns.dollars, strings.columns.kind, columns.growth, columns.increase]}
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
            <td className={cell}>{change(growthFigure(story, year))}</td>
            <td className={cell}>{change(increaseFigure(story, year))}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
