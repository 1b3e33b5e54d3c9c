// Whether the page is being printed, committed to the DOM before the browser lays the page out for paper.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True from `beforeprint` until `afterprint`, and while the print media query matches. `beforeprint` is
 * what a print dialog and Chromium's PDF export (Playwright's `page.pdf()`) fire before laying the page
 * out, and only changes made in it reach the paper; the media query's `change` comes too late for that,
 * but it is all that media emulation (DevTools, Playwright's `emulateMedia`) fires. Each change is
 * rendered synchronously (flushSync), so it is in the DOM when the listener returns.
 *
 * @param onStart called as printing starts, e.g. to fetch what a later print will need.
 */
export function usePrinting(onStart: () => void): boolean {
  // Emulated print media may already be on when the page comes to life (never while prerendering).
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const update = (on: boolean) => {
      if (on) onStart();
      flushSync(() => setPrinting(on));
    };
    if (media.matches) onStart();
    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('beforeprint', () => update(true), { signal });
    // Emulated print media may still be on after a print (or a PDF) made meanwhile.
    window.addEventListener('afterprint', () => update(media.matches), { signal });
    media.addEventListener('change', (event) => update(event.matches), { signal });
    return () => listening.abort();
  }, [onStart]);
  return printing;
}
