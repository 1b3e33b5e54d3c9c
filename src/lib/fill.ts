// Fills a wording template's `{placeholders}` (strings.ts): sentences are whole templates, never pieces glued
// in English word order, so each edition can put the values where its grammar wants them.

/**
 * `template` as a list of its text and its values, for a value that is not text (an element: a name in
 * bold, a `<time>`): render the list as children. Neighbouring text is joined, so text values and the
 * template's own words make one text node. React wants a `key` on each element value, as in any list.
 * A placeholder with no value stays as written.
 */
export function fillParts<T>(template: string, values: Record<string, T | string | number>): (T | string)[] {
  const parts: (T | string)[] = [];
  // Split at placeholders: text at even indexes, placeholder names at odd ones.
  template.split(/\{(\w+)\}/).forEach((piece, i) => {
    const value = i % 2 ? (values[piece] ?? `{${piece}}`) : piece;
    const part = typeof value === 'number' ? String(value) : value;
    const last = parts.length - 1;
    if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
    else if (part !== '') parts.push(part);
  });
  return parts;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export const fill = (template: string, values: Record<string, string | number>): string => fillParts(template, values).join('');
