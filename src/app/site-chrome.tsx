// The site's own header and footer around the story (left out where the story is embedded).
import type { ReactNode } from 'react';
import { islands } from '#src/story/islands.tsx';
import { pageIds } from '#src/lib/page-ids.ts';
import { useT } from '#src/edition/edition-context.tsx';

/** `brand` is the story's kicker (its name in the header): none while the story loads or if it cannot. */
export function SiteChrome({ brand, children }: { brand?: string; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a
        href={`#${pageIds.main}`}
        data-site-chrome
        className="sr-only z-50 rounded bg-panel px-3 py-2 font-sans focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        {t('chrome.skip')}
      </a>
      <header data-site-chrome className="border-b border-rule font-sans">
        <nav aria-label={t('chrome.nav')} className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 text-sm">
          <span className="whitespace-nowrap font-semibold tracking-wide">{brand}</span>
          <span className="flex flex-wrap justify-end gap-x-4 gap-y-1">
            <a className="underline-offset-4 hover:underline" href={`#${pageIds.sources}`}>
              {t('chrome.sources')}
            </a>
            <a className="underline-offset-4 hover:underline" href={`#${pageIds.download}`}>
              {t('chrome.data')}
            </a>
            <span data-island="controls" className="contents">
              <islands.controls />
            </span>
          </span>
        </nav>
      </header>
      <main id={pageIds.main} tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      <footer data-site-chrome className="border-t border-rule font-sans text-sm text-muted">
        <p className="mx-auto max-w-6xl px-4 py-6">{t('chrome.footer')}</p>
      </footer>
    </>
  );
}
