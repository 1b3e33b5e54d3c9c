// The presenter view's window: where it is (?mode=present&view=presenter&pair=<id>#<step>) and opening it.

/** Whether this window is the presenter view rather than the projected slides. */
export const isPresenterView = () => new URLSearchParams(window.location.search).get('view') === 'presenter';

/**
 * Opens the presenter view of this projected window (its pair, present-pair.ts) at the current slide, in a
 * window named after the pair, so pressing S again brings the same window back rather than opening another,
 * and another tab's S opens its own.
 */
export function openPresenter(pair: string) {
  const address = `${window.location.pathname}?mode=present&view=presenter&pair=${encodeURIComponent(pair)}${window.location.hash}`;
  window.open(address, `story-presenter-${pair}`, 'popup,width=1280,height=800')?.focus();
}
