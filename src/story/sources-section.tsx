// After the story: where every number comes from, how the derived ones were computed, and the data files.
import type { ReactNode } from 'react';
import type { Story } from '#src/data/validate.ts';
import { formatStated } from '#src/data/format.ts';
import { strings } from '#src/lib/strings.ts';
import { fill, fillParts } from '#src/lib/fill.ts';
import { adjacent, joinSentences, sourceLine } from './source-line.tsx';
import { pageIds } from '#src/lib/page-ids.ts';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { offlineFile } from '#src/lib/offline-file.ts';
import type { DownloadFile } from '#src/lib/downloads.ts';
import { DataTable } from '#src/graphics/data-table.tsx';

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

/** The data files with their link text (read when rendering). */
const downloads = (): { file: DownloadFile; label: string }[] => [
  { file: 'cross-border-figures.csv', label: strings.downloadCsv },
  { file: 'cross-border-figures.json', label: strings.downloadJson },
];

/** "What the report does not tell us": the questions it leaves open, for a classroom to start from. */
function Gaps({ story }: { story: Story }) {
  return (
    <>
      <h3 id={pageIds.gaps} className="mt-10 font-sans text-lg font-semibold">
        {strings.gapsHeading}
      </h3>
      <ul className="mt-2 list-disc pl-6 leading-relaxed">
        {story.gaps.map((gap) => (
          <li key={gap.id} className="mt-2">
            {gap.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function FiguresTable({ story }: { story: Story }) {
  const { columns } = strings;
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={strings.sources.tableLabel}>
      <DataTable caption={strings.sources.tableCaption} columns={[columns.figure, columns.value, columns.kind, columns.from]}>
        {story.figures.map((f) => (
          <tr key={f.id} data-figure={f.id} className="border-b border-rule align-top">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {f.label}
            </th>
            <td className="py-2 pr-3 whitespace-nowrap">{formatStated(f)}</td>
            <td className="py-2 pr-3">{strings.kinds[f.kind]}</td>
            <td className="py-2 text-muted">
              {f.kind === 'derived' ? f.method : fill(strings.sources.quoted, { who: f.attribution, quote: f.quote })}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

export function SourcesSection({ story }: { story: Story }) {
  const derived = story.figures.filter((f) => f.kind === 'derived');
  return (
    <section id={pageIds.sources} aria-labelledby={pageIds.sourcesHeading} className="mx-auto max-w-3xl px-4 py-16">
      <h2 id={pageIds.sourcesHeading} className="text-3xl font-bold">
        {strings.sourcesHeading}
      </h2>
      {story.method.map((p) => (
        <p key={p.id} className="mt-4 text-lg leading-relaxed">
          {p.text}
        </p>
      ))}
      <Gaps story={story} />
      <h3 className="mt-10 font-sans text-lg font-semibold">{strings.derivedHeading}</h3>
      <dl className="mt-2">
        {derived.map((f) => (
          <div key={f.id} data-derived={f.id} className="mt-4">
            <dt className="font-semibold">
              {adjacent(
                fill(strings.joins.labelled, { label: f.label, text: formatStated(f) }),
                <span className="font-sans text-sm font-normal text-muted">
                  {fill(strings.joins.parens, { text: strings.kinds.derived })}
                </span>,
              )}
            </dt>
            <dd className="mt-1 leading-relaxed">{f.method}</dd>
          </div>
        ))}
      </dl>
      <FiguresTable story={story} />
      <h3 id={pageIds.download} className="mt-10 font-sans text-lg font-semibold">
        {strings.downloadHeading}
      </h3>
      <ul className="mt-2 list-disc pl-6 font-sans">
        {downloads().map((d) => (
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
            {fillParts<ReactNode>(strings.joins.labelled, {
              label: (
                <a key="label" className="text-reported underline" href={offlineFile.path} download={offlineFile.downloadName}>
                  {strings.downloadOffline}
                </a>
              ),
              text: (
                <span key="text" className="text-muted">
                  {strings.downloadOfflineNote}
                </span>
              ),
            })}
          </li>
        )}
      </ul>
      <h3 className="mt-10 font-sans text-lg font-semibold">{strings.sources.heading}</h3>
      <ul className="mt-2 font-sans text-sm leading-relaxed">
        {story.sources.map((s) => (
          <li key={s.id}>
            {joinSentences([
              sourceLine(s),
              ...(s.title ? [fill(strings.sources.title, { title: s.title })] : []),
              ...(s.editor ? [fill(strings.sources.editor, { editor: s.editor })] : []),
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
