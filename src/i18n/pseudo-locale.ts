// A pseudo-locale, made from the English at build as Chrome's and Android's are (en-XA): every letter
// accented, each text about 35 % longer and wrapped in brackets, so a string the page shows without it
// (hard-coded English) stands out, and so does a layout that cannot take a longer language or a cut
// bracket. `PSEUDO_LOCALE=1 npm run build` adds it at xa/; the tests build it (e2e/pseudo-locale.spec.ts).
import type { StoryData, TextKind } from '#src/data/schema.ts';
import type { Catalog } from './messages.ts';
import type { EditionFormat } from './edition-format.ts';
import type { EditionEntry } from './editions.ts';
import { translationSkeleton, type StoryTranslation } from './translation.ts';
import { familyName } from '#src/data/family-name.ts';

export const pseudoEdition: EditionEntry = {
  code: 'xa',
  lang: 'en-XA',
  locale: 'en-GB',
  path: 'xa/',
  name: '[Ƥšéûðö-ļöçåļé]',
  numbers: 'long',
  listed: false,
};

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter,
  ]),
);

/** Words that pad a text to its longer length, as Chrome's pseudo-locale does ("one two three"). */
const padding = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => accents[c] ?? c);

/** The index of the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}

/**
 * `text` with the letters of its words accented, and its `{…}` kept: a number token or a value as it is; in
 * an ICU plural or select (`{count, plural, one {…} other {…}}`), the words of each choice accented.
 */
function accentWords(text: string, keep: RegExp | null): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const open = text.indexOf('{', i);
    const plain = text.slice(i, open === -1 ? text.length : open);
    out += keep
      ? plain
          .split(keep)
          .map((part, j) => (j % 2 ? part : accent(part)))
          .join('')
      : accent(plain);
    if (open === -1) break;
    const end = closing(text, open);
    const inner = text.slice(open + 1, end);
    const head = /^\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.exec(inner);
    out += head
      ? `{${head[0]}${inner.slice(head[0].length).replace(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g, (_, body: string) => `{${accentWords(body, keep)}}`)}}`
      : `{${inner}}`;
    i = end + 1;
  }
  return out;
}

/**
 * `text` pseudo-localised: the letters of its words accented (outside `{…}`, see accentWords), except in
 * `kept` (people's names, which the checks and the presenter notes look for), then padded by about 35 %
 * and bracketed.
 */
export function pseudoText(text: string, kept: readonly string[] = []): string {
  const keep = kept.length > 0 ? new RegExp(`(${kept.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`) : null;
  const words: string[] = [];
  const extra = Math.ceil(text.length * 0.35);
  for (let length = 0, i = 0; length < extra; i++) {
    const word = padding[i % padding.length] ?? '';
    words.push(word);
    length += word.length + 1;
  }
  return `[${accentWords(text, keep)} ${words.join(' ')}]`;
}

/** Whether a message has words of its own, outside its values: "{label}: {text}" has none, only punctuation. */
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));

/**
 * The English catalog pseudo-localised, message by message. A message with no words of its own (a join:
 * "{first} {next}") is kept, as a translator keeps it: it is punctuation between elements, where brackets
 * would be text the markup does not allow (between a term and its definition).
 */
export function pseudoCatalog(english: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [
      key,
      typeof value === 'string' ? (hasWords(value) ? pseudoText(value) : value) : pseudoCatalog(value),
    ]),
  );
}

/** The pseudo-locale's story file and report, as a translation file holds them (data/editions/README.md). */
export function pseudoStory(
  english: StoryData,
  report: { id: string; text: string }[],
): { language: string; story: StoryTranslation; report: Record<string, string> } {
  const names = [...english.people.map((p) => familyName(p.name)), ...english.sources.map((s) => s.publisher)];
  const translate = (text: string, _kind: TextKind) => pseudoText(text, names);
  return {
    language: pseudoEdition.lang,
    story: translationSkeleton(english, translate),
    report: Object.fromEntries(report.map((s) => [s.id, pseudoText(s.text, names)])),
  };
}

/**
 * The pseudo-locale's way of writing, from the English's: what the platform writes (a month's name, a
 * number's scale word) accented too, since no ICU has the pseudo-locale's data, so that the tests can tell
 * such words from ones the page hard-codes.
 */
export function pseudoFormat(english: EditionFormat): EditionFormat {
  const figure: EditionFormat['figure'] = (f) =>
    Object.fromEntries(Object.entries(english.figure(f)).map(([form, text]) => [form, accentWords(text, null)])) as ReturnType<
      EditionFormat['figure']
    >;
  const date = Object.fromEntries(Object.entries(english.date).map(([style, write]) => [style, (iso: string) => accent(write(iso))]));
  const list = (items: string[]) => accent(english.list(items));
  return { ...english, figure, list, date: date as EditionFormat['date'] };
}
