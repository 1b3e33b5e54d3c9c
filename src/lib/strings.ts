// Interface wording that is not story prose (the story's own text lives in data/story.json), in English.
// The other editions' wording is in their files (data/editions/<code>.json), checked against this one key by
// key (src/data/translation.ts, translateWording), and arrives with the page's data: `setWording` makes it
// the page's before anything renders. A page is one edition and never changes language (the language
// switch goes to another page), so one module-level binding serves every component; the build sets it
// before prerendering each edition. A sentence with values in it is one template with `{placeholders}`
// (filled by src/lib/fill.ts), so each edition orders it as its grammar wants; `joins` hold the punctuation
// between a label and its text or between sentences. Wording only code loaded on demand shows is in
// deferred-strings.ts, the presentation's in present-strings.ts: the first visit carries neither.
const english = {
  loading: 'Loading the story…',
  languages: 'Languages',
  loadFailed: 'The story could not be loaded.',
  retry: 'Try again',
  reload: 'Reload the page',
  partFailed: 'Part of this page could not be loaded. The story is all here, but some of its controls may not work.',
  graphicStale: 'This graphic could not be loaded: it shows its first state, not this step’s.',
  showTable: 'Show the numbers',
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded.',
  /** The map's legend for its hatching: the border policy (data/map/README.md). */
  mapDisputed: 'Hatched: disputed areas, shaded as no country’s',
  graphicLabel: 'Graphic',
  reportedBy: 'As reported by Xinhua:',
  glossLabel: 'our gloss, not from the report',
  monthNotGiven: 'month not given',
  reportedAsRecent: 'reported {date} as recent',
  published: 'Published',
  source: 'Source:',
  gapsHeading: 'What the report does not tell us',
  sourcesHeading: 'Sources and method',
  derivedHeading: 'Derived numbers',
  downloadHeading: 'Download the data',
  downloadCsv: 'Figures as CSV',
  downloadJson: 'Figures as JSON',
  downloadOffline: 'Download for offline use',
  downloadOfflineNote: 'the whole story in one file that opens in a browser without internet, for a classroom',
  kinds: { reported: 'reported', forecast: 'forecast', derived: 'derived' },
  printHandout: 'Print handout',
  printNoGraphics:
    'Printed before the graphics had loaded: each step describes its graphic in words instead. Print again once the page has loaded to include them.',
  printTablesHeading: 'The numbers behind the graphics',
  /** Punctuation that joins a label or a sentence to the next: Chinese sets these full-width, with no space. */
  joins: {
    labelled: '{label}: {text}',
    parens: '({text})',
    sentences: '{first} {next}',
    clauses: '{first}; {next}',
    /** A label that carries its own punctuation ("Source:", "来源：") or a term, then what follows it, on one line. */
    adjacent: '{first} {next}',
  },
  chrome: {
    skip: 'Skip to the story',
    nav: 'Site',
    sources: 'Sources',
    data: 'Data',
    footer: 'An interactive story built from one Xinhua report. Every figure traces to it; derived numbers are marked.',
  },
  step: {
    said: '{name}, {role}, said {quote}.',
    previous: 'Previous step',
    next: 'Next step',
  },
  sources: {
    tableLabel: 'Figures table',
    tableCaption: 'Every figure in the story, with its kind and source',
    quoted: '{who}: “{quote}”',
    heading: 'Source',
    line: '{publisher}, {place}, {date}.',
    title: '{title}.',
    editor: 'Edited by {editor}.',
  },
  /** The downloads' reader-facing cells (their column names and kinds stay as data keys). */
  download: {
    derived: 'Derived in this story',
    inputs: '{method} Inputs: {inputs}.',
    /** The JSON file's note on its columns (the CSV's are in data/README.md). */
    about:
      'value, unit, currency and value_as_written are as the report, which is in English, gives them; value_as_stated is how this story states the figure. source_sentence is the report’s sentence, word for word.',
  },
  /** Column headings of the first visit's tables (the map's, the sources'; the timeline's too). */
  columns: {
    figure: 'Figure',
    value: 'Value',
    kind: 'Kind',
    from: 'From',
    month: 'Month',
    place: 'Place',
    event: 'Event',
  },
  embed: {
    open: 'Embed',
  },
  /** The reader page's link to presentation mode; the presentation's own wording is in present-strings.ts. */
  present: {
    open: 'Present',
  },
};

/** Each string of `T` as any string: the shape another edition's wording must have. */
export type WordingOf<T> = { [K in keyof T]: T[K] extends string ? string : WordingOf<T[K]> };

export type InterfaceStrings = WordingOf<typeof english>;

export const englishStrings: InterfaceStrings = english;

/**
 * Defined by src/build/prerender-plugin.ts: true wherever the page carries its wording (every built and
 * served page, English too), false in the unit tests. Where true, the English object above is not in the
 * page's code at all: the page reads its words, whatever its language, from its data.
 */
declare const __WORDING_IN_PAGE__: boolean;
// Undefined where no bundler replaced it: the build's own code in Node (vite.config.ts imports the editions).
const wordingInPage = typeof __WORDING_IN_PAGE__ !== 'undefined' && __WORDING_IN_PAGE__;

/** The page's interface wording (a live binding: read it when rendering, never copy it at module level). */
export let strings: InterfaceStrings = wordingInPage ? (undefined as unknown as InterfaceStrings) : english;

/**
 * An edition's wording as its page carries it: the interface, the presentation's (present-strings.ts), that
 * of the code loaded on demand (deferred-strings.ts), and how it writes numbers and dates (format.ts's
 * LocaleWords, taken on by src/app/page-edition.ts).
 */
export type Wording = { interface: InterfaceStrings; presentation?: unknown; deferred?: unknown; format?: unknown };

let presentation: unknown;
let deferred: unknown;

/** Makes `wording` the page's (in the tests, English when undefined). Called once at start, or per edition by the build. */
export function setWording(wording: Wording | undefined): void {
  strings = wording?.interface ?? (wordingInPage ? strings : english);
  presentation = wording?.presentation;
  deferred = wording?.deferred;
}

/** The presentation's wording the page carries, for present-strings.ts (undefined: English). */
export const presentationWording = (): unknown => presentation;

/** The deferred code's wording the page carries, for deferred-strings.ts (undefined: English). */
export const deferredWording = (): unknown => deferred;
