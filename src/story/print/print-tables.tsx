// The printed handout's last part: every graphic's numbers as a table, after the sources.
import type { ChartKind } from '@/data/schema';
import type { Story } from '@/data/validate';
import { strings } from '@/lib/strings';
import type { PrintCharts } from './print-charts';

const kinds: readonly ChartKind[] = ['map', 'timeline', 'volume', 'share'];

export function PrintTables({ story, charts }: { story: Story; charts: PrintCharts }) {
  return (
    <section data-print-handout aria-labelledby="print-tables-heading" className="mx-auto max-w-3xl px-4">
      <h2 id="print-tables-heading" className="text-3xl font-bold">
        {strings.printTablesHeading}
      </h2>
      {kinds.map((kind) => {
        const { Table } = charts[kind];
        return (
          <div key={kind} className="mt-6">
            <Table story={story} />
          </div>
        );
      })}
    </section>
  );
}
