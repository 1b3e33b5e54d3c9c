// Number tokens: how the story's prose writes a number, as a reference to a figure that each edition
// writes out its way (src/i18n/edition-format.ts). `{volume-2015-cny}` reads "5.4 trillion yuan"; the syntax is in data/README.md.
import type { Figure } from './schema.ts';

/** A token: braces around a figure id with an optional form, or `#` and the name of a constant. */
const tokenPattern = /\{([^{}]*)\}/g;
export const figureToken = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::([a-z]+)(?:\.(\d))?)?$/;
export const constantToken = /^#([a-z0-9-]+)$/;

/**
 * Counts of the page's own making, not figures of the report: the "− 1" of a growth rate's method and the
 * squares of the share graphic's grid (its `cellCount`, which a unit test holds this to; not imported, so
 * that the first visit does not load the drawing's code to write one number).
 */
export const constants: Record<string, number> = { one: 1, 'grid-squares': 100 };

export type Form = 'stated' | 'value' | 'decimals' | 'fraction' | 'factor';

export type Token = { constant: string; value: number } | { id: string; form: Form; decimals: number };

/** A token's inside ("volume-2015-cny:value") read; null if it is no token the page knows how to write. */
export function parseToken(inner: string): Token | null {
  const constant = constantToken.exec(inner);
  if (constant) {
    const name = constant[1] ?? '';
    const value = constants[name];
    return value === undefined ? null : { constant: name, value };
  }
  const match = figureToken.exec(inner);
  if (!match) return null;
  const [, id = '', name, digits] = match;
  const decimals = digits === undefined ? -1 : Number(digits);
  if (name === undefined && decimals < 0) return { id, form: 'stated', decimals };
  if (name === 'value') return { id, form: decimals < 0 ? 'value' : 'decimals', decimals };
  if ((name === 'fraction' || name === 'factor') && decimals >= 0) return { id, form: name, decimals };
  return null;
}

/** Every token in `text`: its inside as written. */
export const tokensIn = (text: string): string[] => [...text.matchAll(tokenPattern)].map((m) => m[1] ?? '');

/** The text with its tokens taken out (each becomes a space): what is left is typed words. */
export function withoutTokens(text: string): string {
  return text.replace(tokenPattern, ' ');
}

/** What writes a token out: an edition's way with numbers (src/i18n/edition-format.ts). */
export type TokenWriter = {
  figure: (figure: Figure) => { stated: string; value: string };
  decimal: (value: number, decimals: number) => string;
};

/** The text with every token written out. Expects text that passed `tokenProblems`; a bad token throws. */
export function resolveTokens(text: string, figures: Map<string, Figure>, write: TokenWriter): string {
  return text.replace(tokenPattern, (token, inner: string) => {
    const parsed = parseToken(inner);
    if (parsed && 'constant' in parsed) return write.decimal(parsed.value, 0);
    const figure = parsed ? figures.get(parsed.id) : undefined;
    if (!parsed || !figure) throw new Error(`Cannot resolve the number token ${token}`);
    switch (parsed.form) {
      case 'stated':
        return write.figure(figure).stated;
      case 'value':
        return write.figure(figure).value;
      case 'decimals':
        return write.decimal(figure.value, parsed.decimals);
      case 'fraction':
        return write.decimal(figure.value / 100, parsed.decimals);
      case 'factor':
        return write.decimal(1 + figure.value / 100, parsed.decimals);
    }
  });
}

/** The figures a text names, from its paragraphs as written in the data (number tokens not yet written out). */
export function figuresNamed(paragraphs: readonly { text: string }[]): string[] {
  const ids = paragraphs.flatMap(({ text }) => tokensIn(text).map((inner) => parseToken(inner)));
  return [...new Set(ids.flatMap((token) => (token && 'id' in token ? [token.id] : [])))];
}
