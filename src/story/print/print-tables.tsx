// The printed handout's last part: every graphic's numbers as a table, after the sources.
import type { GraphicKind } from '#src/data/schema.ts';
import type { Story } from '#src/data/validate.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import type { PrintDrawings } from './print-drawings.ts';
import { useT } from '#src/edition/edition-context.tsx';

const kinds: readonly GraphicKind[] = ['map', 'timeline', 'volume', 'share'];

export function PrintTables({ story, drawings }: { story: Story; drawings: PrintDrawings }) {
  const t = useT();
  return (
    <section data-print-handout aria-labelledby={pageIds.printTablesHeading} className="mx-auto max-w-3xl px-4">
      <h2 id={pageIds.printTablesHeading} className="text-3xl font-bold">
        {t('printTablesHeading')}
      </h2>
      {kinds.map((kind) => {
        const { Table } = drawings[kind];
        return (
          <div key={kind} className="mt-6">
            <Table story={story} />
          </div>
        );
      })}
    </section>
  );
}
