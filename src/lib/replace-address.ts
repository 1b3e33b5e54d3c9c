// Changes the address in place: the page keeps the reader's place in it, and Back still leaves the page.

/**
 * Replaces (never pushes) the current address with `search` and/or `hash` swapped in; the path, the part
 * not given and the history entry's state stay as they are. An empty string drops that part. Does nothing
 * when the address is already so. Used for the step in the hash and the projector theme in the query
 * (docs/CONTRACT.md, "Addresses").
 */
export function replaceAddress(parts: { search?: string; hash?: string }) {
  const { pathname, search, hash } = window.location;
  const next = `${pathname}${parts.search ?? search}${parts.hash ?? hash}`;
  if (next === `${pathname}${search}${hash}`) return;
  window.history.replaceState(window.history.state, '', next);
}
