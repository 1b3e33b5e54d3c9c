// Wording that only code loaded on demand shows (the embed dialog; the volume and share graphics' words and
// tables, also printed), in English, apart from strings.ts: the first visit does not carry it
// (e2e/budget.spec.ts). Another edition's arrives with the page's wording (strings.ts, setWording).
import { deferredWording, type WordingOf } from './strings.ts';

const english = {
  embed: {
    heading: 'Embed this story',
    atStep: 'Start at the current step ({step})',
    pym: 'With Pym.js',
    pymNote: 'Takes the story’s full height and scrolls as a story in your page.',
    iframe: 'Plain iframe',
    iframeNote: 'For a CMS that allows only an iframe: the story scrolls inside it.',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
  },
  /** Column headings of the volume's and the share's tables, besides those of strings.ts (`columns`). */
  columns: {
    year: 'Year',
    yuan: 'Yuan',
    dollars: 'US dollars',
    growth: 'Growth on the year before (of the yuan volume)',
    increase: 'Increase on the year before',
  },
  volume: {
    currency: 'Currency',
    noDollars: 'no dollar figure in the report',
    inCurrency: 'in {currency}',
    withKind: '{value} ({kind})',
    /** Under a change worked out from two bodies' figures, which the report does not say are measured alike. */
    indicative: 'indicative only',
  },
  share: {
    words: 'of China’s foreign trade — {kind}, {when}',
    noYear: 'no year given',
    forYear: 'for {year}',
    filled: 'cross-border e-commerce ({kind})',
    empty: 'rest of foreign trade',
    yearNotGiven: 'not given',
  },
};

export type DeferredStrings = WordingOf<typeof english>;

export const englishDeferredStrings: DeferredStrings = english;

/**
 * The deferred code's wording in the page's edition. A function, read when rendering: the build
 * prerenders every edition with the same modules, setting each edition's wording in turn.
 */
export const deferredStrings = (): DeferredStrings => (deferredWording() as DeferredStrings | undefined) ?? english;
