// After the story: where every number comes from, how the derived ones were computed, and the data files.
import type { ReactNode } from 'react';
import type { Story } from '#src/data/schema.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import type { Translate } from '#src/edition/message.ts';
import { adjacent, joinSentences, sourceLine } from './source-line.tsx';
import { pageIds } from '#src/lib/page-ids.ts';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { offlineFile } from '#src/lib/offline-file.ts';
import type { DownloadFile } from '#src/lib/downloads.ts';
import { DataTable } from '#src/graphics/data-table.tsx';
import { ReceiptMark } from './receipts/receipt-mark.tsx';

/**
 * Where a download link points: the file beside the page, relative so the links work at any sub-path; in
 * the offline file, which has nothing beside it, the data: URL the build put in its inline data (the page
 * as prerendered says `data/…`, which the build rewrote to the same URL).
 */
function downloadHref(file: DownloadFile): string {
  if (!isOfflineFile || typeof document === 'undefined') return `data/${file}`;
  const urls = JSON.parse(document.getElementById(pageIds.downloadsData)?.textContent ?? '{}') as Record<string, string>;
  return urls[file] ?? `data/${file}`;
}

/** The data files with their link text. */
const downloads = (t: Translate): { file: DownloadFile; label: string }[] => [
  { file: 'cross-border-figures.csv', label: t('downloadCsv') },
  { file: 'cross-border-figures.json', label: t('downloadJson') },
];

/** "What the report does not tell us": the questions it leaves open, for a classroom to start from. */
function Gaps({ story }: { story: Story }) {
  const t = useT();
  return (
    <>
      <h3 id={pageIds.gaps} className="mt-10 font-sans text-lg font-semibold">
        {t('gapsHeading')}
      </h3>
      <ul className="mt-2 list-disc space-y-2 pl-6 leading-relaxed">
        {story.gaps.map((gap) => (
          <li key={gap.id}>
            {gap.text}
            <ReceiptMark bound={`gaps.${gap.id}`} basis={gap.basis} />
          </li>
        ))}
      </ul>
    </>
  );
}

function FiguresTable({ story }: { story: Story }) {
  const t = useT();
  const { figures } = useEdition();
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t('sources.tableLabel')}>
      <DataTable
        caption={t('sources.tableCaption')}
        columns={[t('columns.figure'), t('columns.value'), t('columns.kind'), t('columns.from')]}
      >
        {story.figures.map((f) => (
          <tr key={f.id} data-figure={f.id} className="border-b border-rule align-top">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {f.label}
            </th>
            <td className="py-2 pr-3 whitespace-nowrap">{figures[f.id]?.stated}</td>
            <td className="py-2 pr-3">{t(`kinds.${f.kind}`)}</td>
            <td className="py-2 text-muted">
              {f.kind === 'derived' ? f.method : t('sources.quoted', { who: f.attribution, quote: f.quote })}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

export function SourcesSection({ story }: { story: Story }) {
  const t = useT();
  const { figures, dates } = useEdition();
  const derived = story.figures.filter((f) => f.kind === 'derived');
  return (
    <section id={pageIds.sources} aria-labelledby={pageIds.sourcesHeading} className="render-near-each mx-auto max-w-3xl px-4 py-16">
      <h2 id={pageIds.sourcesHeading} className="text-3xl font-bold">
        {t('sourcesHeading')}
      </h2>
      {story.method.map((p) => (
        <p key={p.id} className="mt-4 text-lg leading-relaxed">
          {p.text}
        </p>
      ))}
      <Gaps story={story} />
      <h3 className="mt-10 font-sans text-lg font-semibold">{t('derivedHeading')}</h3>
      <dl className="mt-4 space-y-4">
        {derived.map((f) => (
          <div key={f.id} data-derived={f.id}>
            <dt className="font-semibold">
              {adjacent(
                t,
                t('joins.labelled', { label: f.label, text: figures[f.id]?.stated ?? '' }),
                <span className="font-sans text-sm font-normal text-muted">{t('joins.parens', { text: t('kinds.derived') })}</span>,
              )}
            </dt>
            <dd className="mt-1 leading-relaxed">{f.method}</dd>
          </div>
        ))}
      </dl>
      <FiguresTable story={story} />
      <h3 id={pageIds.download} className="mt-10 font-sans text-lg font-semibold">
        {t('downloadHeading')}
      </h3>
      <ul className="mt-2 list-disc pl-6 font-sans">
        {downloads(t).map((d) => (
          <li key={d.file}>
            <a className="text-reported underline" href={downloadHref(d.file)} download={d.file}>
              {d.label}
            </a>
          </li>
        ))}
        {/* The offline file itself has no copy beside it to link to, and needs none. */}
        {!isOfflineFile && (
          <li>
            {/* "…: the whole story…", "…：全文…": the edition's own colon. */}
            {t.parts<ReactNode>('joins.labelled', {
              label: (
                <a key="label" className="text-reported underline" href={offlineFile.path} download={offlineFile.downloadName}>
                  {t('downloadOffline')}
                </a>
              ),
              text: (
                <span key="text" className="text-muted">
                  {t('downloadOfflineNote')}
                </span>
              ),
            })}
          </li>
        )}
      </ul>
      <h3 className="mt-10 font-sans text-lg font-semibold">{t('sources.heading')}</h3>
      <ul className="mt-2 font-sans text-sm leading-relaxed">
        {story.sources.map((s) => (
          <li key={s.id}>
            {joinSentences(t, [
              sourceLine(t, s, dates[s.date] ?? s.date),
              ...(s.title ? [t('sources.title', { title: s.title })] : []),
              ...(s.editor ? [t('sources.editor', { editor: s.editor })] : []),
            ])}
            {s.url && (
              <>
                {' '}
                <a className="text-reported underline" href={s.url} rel="noopener noreferrer">
                  {s.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
