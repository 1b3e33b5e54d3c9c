// Which projected window and presenter view belong together: a pair id the projected window makes, keeps
// across its reloads (sessionStorage is the tab's own) and hands to the presenter view it opens in its address
// (&pair=). Another tab of the same presentation makes its own, so it neither moves nor is moved by this one.

const pairKey = (path: string) => `story-present-pair:${path}`;

/** This tab's pair id: the presenter view's from its address, the projected window's kept for the tab. */
export function presentPair(): string {
  const given = new URLSearchParams(window.location.search).get('pair');
  if (given && /^[\w-]{1,64}$/.test(given)) return given;
  const made = crypto.randomUUID();
  try {
    const kept = sessionStorage.getItem(pairKey(window.location.pathname));
    if (kept) return kept;
    sessionStorage.setItem(pairKey(window.location.pathname), made);
  } catch {
    // No storage (a sandboxed frame): the pair lasts as long as the page.
  }
  return made;
}
