// An edition's interface wording: its catalog (data/messages/<code>.json, ICU messages, nested by subject)
// flattened to ids ("present.bar.next") and compiled by Lingui at build: into what the page carries (a list
// of text and value names, src/edition/message.ts), and into what the build's own text is written with
// (Lingui's runtime, plurals and all).
// Lingui rather than FormatJS: its compiler gives the compiled form as plain JSON, which the page can fill
// in without a runtime; FormatJS's parsed form needs its 9.9 KB gzip formatter.
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { setupI18n } from '@lingui/core';
import type { PageMessages } from '#src/edition/message.ts';

/** A catalog as its file holds it: messages nested by subject. */
export type Catalog = { [key: string]: string | Catalog };

/** Formats a message of the catalog by its id. */
export type Messages = (id: string, values?: Record<string, string | number>) => string;

/** The catalog's messages by their dotted ids. */
export function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/**
 * What only the build writes (a figure's words, the downloads', the map frame's tooltips, the source page's,
 * the claims file's): the story's page does not carry these. The receipts' popover takes its words from the
 * claims file it opens with (src/build/edition/claims.ts).
 */
const buildOnly = /^(figure|download|mapFrame|sourcePage|stepPage|claims|receiptPopover)\./;

/**
 * The catalog as the page carries it (src/edition/message.ts): each message compiled, a message without
 * values as its text alone.
 * @param keep the ids to compile: by default the story page's (not the build's own)
 * @throws Error naming a message that is not valid ICU, or one the page would have to format with more than
 *   plain values (a plural or a select: format it at build instead)
 */
export function pageMessages(catalog: Catalog, file: string, keep = (id: string) => !buildOnly.test(id)): PageMessages {
  const page: PageMessages = {};
  for (const [id, message] of Object.entries(flatten(catalog))) {
    if (!keep(id)) continue;
    let compiled;
    try {
      compiled = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file}: "${id}" is not a valid ICU message (${(error as Error).message})`);
    }
    if (compiled.some((piece) => typeof piece !== 'string' && piece.length > 1))
      throw new Error(`${file}: "${id}" needs a plural or select, which the page cannot format: give it plain {values}`);
    page[id] = compiled.every((piece) => typeof piece === 'string') ? compiled.join('') : (compiled as (string | [string])[]);
  }
  return page;
}

/**
 * Formats the catalog's messages at build, as the page does.
 * @throws Error for an id the catalog lacks: a typo in code, which must not reach a page as the id itself
 */
export function messagesOf(catalog: Catalog, locale: string): Messages {
  const compiled = Object.fromEntries(Object.entries(flatten(catalog)).map(([id, message]) => [id, compileMessageOrThrow(message)]));
  const i18n = setupI18n({ locale, messages: { [locale]: compiled } });
  return (id, values) => {
    if (!(id in compiled)) throw new Error(`No message "${id}" in the ${locale} catalog`);
    return i18n._(id, values);
  };
}

/** The names of the values an ICU message takes, each once ("{count, plural, …{countries}…}": count, countries). */
export function messageValues(message: string): string[] {
  const names = new Set<string>();
  const walk = (pieces: CompiledMessage): void => {
    for (const piece of pieces) {
      if (typeof piece === 'string') continue;
      names.add(piece[0]);
      const choices = piece[2];
      if (choices && typeof choices === 'object')
        for (const [key, choice] of Object.entries(choices)) if (key !== 'offset' && Array.isArray(choice)) walk(choice as CompiledMessage);
    }
  };
  try {
    walk(compileMessageOrThrow(message));
  } catch {
    // Not valid ICU: pageMessages says so; here it has no values to compare.
  }
  return [...names];
}
