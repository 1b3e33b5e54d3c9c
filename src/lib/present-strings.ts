// The presentation's teacher tools' wording in English (keys, blackout, overview, presenter view), apart from strings.ts:
// only presentation mode loads it, so the reader's first visit does not carry it (e2e/budget.spec.ts).
import { presentationWording, type WordingOf } from './strings.ts';

const english = {
  /** The presenter's bar under the slides (and the presenter view's previous and next). */
  bar: {
    label: 'Presentation',
    previous: 'Previous',
    next: 'Next',
    projector: 'Projector theme',
    fullscreen: 'Full screen',
    exit: 'Exit',
  },
  /** Where the presentation is: the bar's label, the overview's, and what screen readers hear on a new slide. */
  slide: {
    title: 'Title',
    step: 'Step {n} of {total}',
  },
  qrLabel: 'QR code for {address}',
  qrCaption: 'Follow on your phone:',
  blackedOut: 'Screen blacked out',
  screenBack: 'Screen back',
  goingTo: 'Go to step {step}',
  keysTitle: 'Presentation keys',
  keyColumn: 'Key',
  doesColumn: 'Does',
  close: 'Close',
  overviewTitle: 'Every step',
  presenter: 'Presenter view',
  notesHeading: 'What the report says behind this step',
  reportedBy: '{who}, as reported by Xinhua',
  /** A person as the notes name them, before reportedBy's ", as reported by Xinhua". */
  personRole: '{name}, {role}',
  /** Under a sentence of Xinhua's own: an edition's says it is translated ("Синьхуа (в нашем переводе)"). */
  xinhuaSentence: 'Xinhua',
  derivedNote: 'Worked out by us, not in the report',
  nextHeading: 'Next',
  lastStep: 'This is the last step.',
  elapsed: 'Elapsed',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  keys: {
    nextKeys: 'Right or Down arrow, PageDown, Space',
    next: 'next step (clickers send PageDown)',
    previousKeys: 'Left or Up arrow, PageUp',
    previous: 'previous step',
    first: 'first slide (the title)',
    last: 'last step',
    fullscreen: 'full screen on and off',
    presenter: 'presenter view in a second window, kept in step with the projected slides both ways',
    blackout: 'black screen on and off (clickers send one of them)',
    numberKeys: 'a number, then Enter',
    goTo: 'go to that step (0: the title)',
    overview: 'overview of every step; choosing one goes there',
    help: 'the list of keys',
  },
};

export type PresentStrings = WordingOf<typeof english>;

export const englishPresentStrings: PresentStrings = english;

/**
 * The presentation's wording in the page's edition: read when this module first loads, which is after the
 * page has set its wording (strings.ts, setWording), since only presentation mode loads it.
 */
export const presentStrings: PresentStrings = (presentationWording() as PresentStrings | undefined) ?? english;
