// The page's interface wording: messages the build compiled from the edition's catalog (src/i18n/messages.ts),
// filled in with values the page learns as the reader moves (a slide's number) or that are elements (a name
// in bold). Lingui's runtime would format them too, but it returns strings only, where the page puts
// elements into sentences, and it would add 2.2 KB gzip to every first visit; the build refuses any message
// the page formats that needs more than plain values (a plural, a select), so this is all the page needs.
import type english from '#data/messages/en.json';

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];

/** A message's id, as the English catalog names it ("present.bar.next"); what only the build writes is left out. */
export type MessageId = Exclude<
  Paths<typeof english>,
  `figure.${string}` | `download.${string}` | `mapFrame.${string}` | `claims.${string}` | `sourcePage.${string}`
>;

/** A message as the page carries it: its text, or its text and the names of the values it takes, in order. */
export type PageMessage = string | (string | [string])[];

export type PageMessages = Record<string, PageMessage>;

/**
 * `message` as a list of its text and its values, for values that are not text (an element): render the
 * list as children, each element value with a `key`. Neighbouring text is joined into one string.
 * @throws Error for a value the message names and `values` lacks: a mistake in code, not something to show
 */
export function messageParts<T>(message: PageMessage, values: Record<string, T | string | number> = {}): (T | string)[] {
  if (typeof message === 'string') return [message];
  const parts: (T | string)[] = [];
  for (const piece of message) {
    const name = typeof piece === 'string' ? undefined : piece[0];
    const value = name === undefined ? piece : values[name];
    if (value === undefined) throw new Error(`No value for {${name}}`);
    const part = typeof value === 'number' ? String(value) : (value as T | string);
    const last = parts.length - 1;
    if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
    else if (part !== '') parts.push(part);
  }
  return parts;
}

/** `message` with its values, as text. */
export const messageText = (message: PageMessage, values?: Record<string, string | number>): string =>
  messageParts<string>(message, values).join('');

/** An edition's interface wording: `t(id, values)` as text, `t.parts(id, values)` with element values. */
export type Translate = ((id: MessageId, values?: Record<string, string | number>) => string) & {
  parts: <T>(id: MessageId, values: Record<string, T | string | number>) => (T | string)[];
};

/** `t` for an edition's messages. @throws Error for an id the catalog lacks */
export function translator({ messages, code }: { messages: PageMessages; code: string }): Translate {
  const message = (id: MessageId) => {
    const found = messages[id];
    if (found === undefined) throw new Error(`No message "${id}" in the ${code} edition`);
    return found;
  };
  const t = (id: MessageId, values?: Record<string, string | number>) => messageText(message(id), values);
  return Object.assign(t, { parts: <T>(id: MessageId, values: Record<string, T | string | number>) => messageParts(message(id), values) });
}
