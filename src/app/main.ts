// Browser entry, kept tiny: the prerendered page paints first, then the app's code loads and hydrates it.
// The build puts this module inline in the page (src/build/inline-entry.ts), so it must share no module
// with the app's code (the build checks): it reaches that code only through src/app/app-code.ts.
import '#src/styles/index.css';
import { readPageOptions } from './page-mode.ts';
import { loadHouseFonts } from './house-fonts.ts';
import { importStart } from './app-code.ts';

// The mode goes on <html> first thing, so the styles for embeds apply before the first paint.
const options = readPageOptions(window.location.search);
const root = document.documentElement;
root.dataset.mode = options.mode;
if (options.mode === 'embed' && options.childId) root.dataset.pym = '';
if (options.transparent) root.dataset.background = 'transparent';
if (options.projector) root.dataset.theme = 'projector';
if (options.mode === 'embed') {
  // Links out of an embed open in the host's window, not inside the frame (downloads stay put).
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('download') || link.getAttribute('href')?.startsWith('#')) return;
    link.setAttribute('target', '_top');
  });
}

/**
 * Resolves once the first contentful paint is on screen (the browser reports it after the frame is
 * shown, which on a slow device is well after the main thread painted it), or after 300 ms at most: a
 * hidden tab, or an embed's iframe still below the host's fold, paints nothing. Without paint timing, the
 * task after the next animation frame stands in for it.
 */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
    setTimeout(resolve, 300);
  });

// The story is whole in the HTML; the code only adds motion and controls, and the fonts only polish, so
// nothing either does should hold back the first paint.
// Presentation shows slides instead of the prerendered page, so it has no reason to wait.
const painted = options.mode === 'present' ? Promise.resolve() : afterFirstPaint();
void painted.then(() => importStart()).then(({ start }) => start(options));
void painted.then(() => loadHouseFonts({ gradually: options.mode !== 'present' }));
