// Signs that the reader is about to print, so the handout's code is in before the browser lays the page out.
//
// Printing cannot wait for a download: the browser fires `beforeprint` and lays the page out for paper as soon
// as its listeners return. Loading the handout (and the graphics it draws) on every first visit would break
// the first-visit byte budget (e2e/budget.spec.ts), so it loads on the first sign of a print instead:
// - Ctrl+P / Cmd+P is taken over: the browser's own print waits while the code loads, then window.print()
//   opens the same dialog (or prints anyway, without graphics, if the download fails);
// - the pointer leaving the page (toward the browser's menu or toolbar) or the page losing focus (a menu
//   opened from the keyboard) starts the download, which is in long before a menu's "Print" is chosen;
// - any touch, scroll or key is the reader's first move, after which the handout loads anyway (print-slot.tsx).
// - and, with none of these, on a computer (a mouse or trackpad), once the page has loaded and gone quiet
//   (src/lib/network-quiet.ts): the handout's code comes by itself (print-slot.tsx), after the first visit's bytes.
// Not covered: a print from the browser's menu in the first seconds, before the page has gone quiet, with
// neither the pointer nor the focus having left the page, and any print with Save-Data on, or from a phone,
// and no move. Those
// get the text-only handout and its note (print.css).

/** Whether the key event is the browser's print shortcut. */
export const isPrintShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

/**
 * Starts watching for the signs above until the returned function is called.
 *
 * @param load loads the handout's code; resolves once it is in (or has failed).
 */
export function watchPrintIntent(load: () => Promise<unknown>): () => void {
  const watching = new AbortController();
  const { signal } = watching;
  const start = () => void load();
  window.addEventListener(
    'keydown',
    (event) => {
      if (!isPrintShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      void load().then(() => window.print());
    },
    { signal },
  );
  document.documentElement.addEventListener('mouseleave', start, { signal, once: true });
  window.addEventListener('blur', start, { signal, once: true });
  return () => watching.abort();
}
