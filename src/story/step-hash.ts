// The step an address names (#lazada), for the story and the presentation.

/** The step id named by the address, if it is one of `ids`. */
export function stepFromHash(hash: string, ids: readonly string[]): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  return ids.includes(id) ? id : null;
}

/** Scrolls the step's own element (see docs/CONTRACT.md, "In the page") to the top. */
export function scrollToStep(id: string | undefined) {
  if (id) document.querySelector(`[data-step-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
}
