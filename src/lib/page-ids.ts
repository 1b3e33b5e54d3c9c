// The ids the page gives its own elements, in one place: the components take them from here, and the
// story data's check (src/data/reserved-ids.ts) keeps step ids, which become element ids too, off them.

/**
 * Every fixed element id in the page, in all its forms (reader page, embed, presentation, printed
 * handout, offline file). `root` is also written in index.html.
 */
export const pageIds = {
  root: 'root',
  edition: 'edition',
  mapFrameData: 'map-frame-data',
  claimsData: 'claims-data',
  receiptHeading: 'receipt-heading',
  downloadsData: 'downloads-data',
  main: 'story',
  sources: 'sources',
  sourcesHeading: 'sources-heading',
  gaps: 'gaps',
  download: 'download',
  presentHeadline: 'present-headline',
  embedPym: 'embed-pym',
  embedIframe: 'embed-iframe',
  embedGraphic: 'embed-graphic',
} as const;

/** The id of a step's kicker heading, which names the step's slide in presentation. */
export const kickerId = (stepId: string) => `${stepId}-kicker`;

/**
 * The id of a part of a graphic (its title, its description, a pattern or a marker its marks refer to).
 * Fixed, not React's useId: each graphic is hydrated on its own (src/story/islands.tsx), where useId
 * would not give the ids the build wrote into the page. One of each graphic is drawn at a time.
 */
export const graphicPartId = (kind: string, part: 'title' | 'desc' | 'arrow' | 'hatch') => `${graphicIdPrefix}${kind}-${part}`;

export const graphicIdPrefix = 'graphic-';
