// What the reader sees when a part of the page's code cannot be downloaded (the network dropped, or a tab
// left open across a redeploy asks for files that are gone): the story stays on screen as it is, and a
// notice offers a reload, which fetches the page and its current files afresh at the same step.
import type { Translate } from '#src/edition/message.ts';

/**
 * Marks the page (`html[data-load-failed]`) and shows the notice once, at the foot of the screen. Plain
 * DOM, not React: it must work when React itself is what failed to arrive.
 */
export function showLoadFailure(doc: Document, t: Translate): void {
  doc.documentElement.dataset.loadFailed = '';
  if (doc.querySelector('[data-load-failure]')) return;
  const notice = doc.createElement('div');
  notice.setAttribute('role', 'alert');
  notice.dataset.loadFailure = '';
  notice.className =
    'fixed inset-x-2 bottom-2 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-md border border-accent bg-panel p-3 font-sans text-sm text-ink shadow-lg print:hidden';
  const text = doc.createElement('p');
  text.className = 'm-0 flex-1 basis-60';
  text.textContent = t('partFailed');
  // A reload keeps the reader's step: the address has it.
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'rounded bg-ink px-3 py-1.5 font-semibold text-page';
  button.textContent = t('reload');
  button.addEventListener('click', () => doc.defaultView?.location.reload());
  notice.append(text, button);
  doc.body.append(notice);
}
