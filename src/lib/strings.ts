// Interface wording that is not story prose (the story's own text lives in data/story.json), in English.
// The other editions' wording is in their files (data/editions/<code>.json), checked against this one key by
// key (src/data/translation.ts, translateWording), and arrives with the page's data: `setWording` makes it
// the page's before anything renders. A page is one edition and never changes language (the language
// switch goes to another page), so one module-level binding serves every component; the build sets it
// before prerendering each edition.
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
  present: {
    open: 'Present',
    controls: 'Presentation',
    previous: 'Previous',
    next: 'Next',
    projector: 'Projector theme',
    fullscreen: 'Full screen',
    exit: 'Exit',
    qrLabel: 'QR code for',
    qrCaption: 'Follow on your phone:',
  },
};

/** Each string of `T` as any string: the shape another edition's wording must have. */
export type WordingOf<T> = { [K in keyof T]: T[K] extends string ? string : WordingOf<T[K]> };

export type InterfaceStrings = WordingOf<typeof english>;

export const englishStrings: InterfaceStrings = english;

/** The page's interface wording (a live binding: read it when rendering, never copy it at module level). */
export let strings: InterfaceStrings = english;

/** An edition's wording as its page carries it: the interface, and the presentation's (present-strings.ts). */
export type Wording = { interface: InterfaceStrings; presentation?: unknown };

let presentation: unknown;

/** Makes `wording` the page's (English when undefined). Called once at start, or per edition by the build. */
export function setWording(wording: Wording | undefined): void {
  strings = wording?.interface ?? english;
  presentation = wording?.presentation;
}

/** The presentation's wording the page carries, for present-strings.ts (undefined: English). */
export const presentationWording = (): unknown => presentation;
