// The reader page's "Embed" button; its dialog's code loads the first time it is opened.
import { lazy, Suspense, useCallback, useState } from 'react';
import { useStepEngine } from '#src/story/steps-context.tsx';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { ErrorBoundary } from '#src/lib/error-boundary.tsx';
import { showLoadFailure } from '#src/lib/load-failure.ts';
import type { EmbedPage } from './embed-dialog.tsx';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { editionHref } from '#src/edition/edition-href.ts';

const EmbedDialog = lazy(() => import('./embed-dialog.tsx'));

/** Left out of the offline file, whose file:// address no other page could embed. */
export function EmbedControl() {
  const t = useT();
  const engine = useStepEngine();
  const edition = useEdition();
  const [page, setPage] = useState<EmbedPage | null>(null);
  const close = useCallback(() => setPage(null), []);
  if (isOfflineFile) return null;
  const open = () =>
    setPage({
      url: window.location.href,
      // The site's root, where its Pym.js parent script is: the English edition's folder.
      siteRoot: new URL(editionHref(edition, { path: '' }), window.location.href).href,
      title: document.querySelector('h1')?.textContent ?? document.title,
      step: engine.get().last,
    });
  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog" className="underline-offset-4 hover:underline">
        {t('embed.open')}
      </button>
      {/* If the dialog's code cannot be downloaded, the page stays as it is and the reader is told. */}
      <ErrorBoundary fallback={null} onError={() => showLoadFailure(document, t)}>
        <Suspense fallback={null}>{page && <EmbedDialog page={page} onClose={close} />}</Suspense>
      </ErrorBoundary>
    </>
  );
}
