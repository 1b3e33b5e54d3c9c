// Browser entry: marks the page's mode for the CSS, then loads the app's code, which hydrates the
// prerendered story (or draws the presentation). The story is whole in the HTML before any of this runs.
import '#src/styles/index.css';
import { readPageOptions } from './page-mode.ts';
import { showLoadFailure } from '#src/lib/load-failure.ts';
import { readPageEdition } from './inline-data.ts';
import { translator } from '#src/edition/message.ts';
import { nextTask } from '#src/lib/idle.ts';

// First of all, so that even a failure to load is told in the page's language.
const edition = readPageEdition(document);

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

// React DOM and the app's code are two downloads at once, run as two tasks as each arrives, and the app
// starts in a third: as one, they were the page's longest task (docs/decisions.md). If either cannot be
// downloaded, the prerendered story stays on screen, and the reader is told.
Promise.all([import('react-dom/client'), import('./start.tsx')])
  .then(async ([dom, { start }]) => {
    await nextTask();
    await start(options, edition, dom);
  })
  .catch(() => showLoadFailure(document, translator(edition)));
