// The address students should open on their phones: the story's reader page, wherever it is shown from.

/**
 * The reader page's address: this page's own, without the presentation's query or the step, so students
 * start at the top of the story. Opened from a file (the offline copy), the page's own address means
 * nothing on a phone: the published address (the canonical link, set at build) is used, or none.
 */
export function readerAddress(location: Pick<Location, 'protocol' | 'origin' | 'pathname'>, canonical: string | null): string | null {
  if (location.protocol === 'http:' || location.protocol === 'https:') return `${location.origin}${location.pathname}`;
  return canonical && /^https?:\/\//.test(canonical) ? canonical : null;
}
