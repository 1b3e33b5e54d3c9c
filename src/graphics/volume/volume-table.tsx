// The volume graphic's numbers as an HTML table, in yuan and in US dollars, with each figure's kind.
import type { TableProps } from '#src/graphics/graphic-props.ts';
import type { Figure } from '#src/data/schema.ts';
import { growthFigure, increaseFigure, volumeFigure, volumeYears } from './volume-data.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { DataTable } from '#src/graphics/data-table.tsx';

const cell = 'py-1 pr-3 align-top';

export function VolumeTable({ story }: TableProps) {
  const t = useT();
  const { figures } = useEdition();
  const stated = (f: Figure) => figures[f.id]?.stated ?? '';
  /** "about 4.2 trillion yuan" for derived and approximate figures, as in the graphic's "≈"; derived ones rounded. */
  const amount = (f: Figure | null) => (f ? stated(f) : t('volume.noDollars'));
  /** "28.6 percent (reported)", "about 1.1 trillion yuan (derived)"; a dash where there is none. */
  const change = (f: Figure | null) => (f ? t('volume.withKind', { value: stated(f), kind: t(`kinds.${f.kind}`) }) : '–');
  return (
    <DataTable
      caption={story.graphics.volume.title}
      columns={[t('columns.year'), t('columns.yuan'), t('columns.dollars'), t('columns.kind'), t('columns.growth'), t('columns.increase')]}
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
            <td className={cell}>{yuan ? t(`kinds.${yuan.kind}`) : '–'}</td>
            <td className={cell}>{change(growthFigure(story, year))}</td>
            <td className={cell}>{change(increaseFigure(story, year))}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
