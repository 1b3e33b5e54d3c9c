// The presenter view's window: where it is (?mode=present&view=presenter#<step>) and opening it.

/** Whether this window is the presenter view rather than the projected slides. */
export const isPresenterView = () => new URLSearchParams(window.location.search).get('view') === 'presenter';

/**
 * Opens the presenter view at the current slide (the address's hash), in a window of its own named so that
 * pressing S again brings the same window back rather than opening another.
 */
export function openPresenter() {
  const address = `${window.location.pathname}?mode=present&view=presenter${window.location.hash}`;
  window.open(address, 'story-presenter', 'popup,width=1280,height=800')?.focus();
}
