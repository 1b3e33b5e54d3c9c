// Number tokens: how the story's prose writes a number, as a reference to a figure that the one formatter
// (format.ts) writes out. `{volume-2015-cny}` reads "5.4 trillion yuan"; the syntax is in data/README.md.
import type { FigureData } from './schema.ts';
import type { Figure } from './derive-story.ts';
import { formatDecimals, formatNumber, formatStated, type Locale } from './format.ts';
import { statedValue } from './stated.ts';
import { cellCount } from '#src/graphics/share/waffle.ts';

/** A token: braces around a figure id with an optional form, or `#` and the name of a constant. */
const tokenPattern = /\{([^{}]*)\}/g;
const figureToken = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::([a-z]+)(?:\.(\d))?)?$/;
const constantToken = /^#([a-z0-9-]+)$/;

/**
 * Counts of the page's own making, not figures of the report: the "− 1" of a growth rate's method and the
 * squares of the share graphic's grid (taken from its code, so the words follow the drawing).
 */
const constants: Record<string, number> = { one: 1, 'grid-squares': cellCount };

type Form = 'stated' | 'value' | 'decimals' | 'fraction' | 'factor';

type Parsed = { constant: number } | { id: string; form: Form; decimals: number } | { problem: string };

function parse(inner: string): Parsed {
  const constant = constantToken.exec(inner);
  if (constant) {
    const value = constants[constant[1] ?? ''];
    if (value === undefined)
      return {
        problem: `{${inner}}: no constant "#${constant[1]}" (known: ${Object.keys(constants)
          .map((c) => `#${c}`)
          .join(', ')})`,
      };
    return { constant: value };
  }
  const match = figureToken.exec(inner);
  if (!match) return { problem: `{${inner}} is not a number token: write {figure-id} or {figure-id:form}` };
  const [, id = '', name, digits] = match;
  const decimals = digits === undefined ? -1 : Number(digits);
  if (name === undefined && decimals < 0) return { id, form: 'stated', decimals };
  if (name === 'value' && decimals < 0) return { id, form: 'value', decimals };
  if (name === 'value') return { id, form: 'decimals', decimals };
  if ((name === 'fraction' || name === 'factor') && decimals >= 0) return { id, form: name, decimals };
  return {
    problem: `{${inner}}: unknown form ":${name ?? ''}${digits ? `.${digits}` : ''}" (known: :value, :value.N, :fraction.N, :factor.N)`,
  };
}

/** What is wrong with the tokens of one prose string, given the story's figures; empty if nothing. */
export function tokenProblems(text: string, figures: FigureData[]): string[] {
  const problems: string[] = [];
  for (const [, inner = ''] of text.matchAll(tokenPattern)) {
    const parsed = parse(inner);
    if ('problem' in parsed) problems.push(parsed.problem);
    if (!('id' in parsed)) continue;
    const figure = figures.find((f) => f.id === parsed.id);
    if (!figure) problems.push(`{${inner}}: unknown figure "${parsed.id}"`);
    else if (parsed.form === 'decimals' && figure.kind !== 'derived')
      problems.push(`{${inner}}: only a derived figure has a value before rounding; write {${parsed.id}:value}`);
    else if ((parsed.form === 'fraction' || parsed.form === 'factor') && figure.unit !== 'percent')
      problems.push(`{${inner}}: :${parsed.form} is for a percentage, and "${parsed.id}" is in ${figure.unit}`);
  }
  if (/[{}]/.test(withoutTokens(text))) problems.push('a brace that is not part of a token: a token is {figure-id} or {figure-id:form}');
  return problems;
}

/** The text with its tokens taken out (each becomes a space): what is left is typed words. */
export function withoutTokens(text: string): string {
  return text.replace(tokenPattern, ' ');
}

/** The text with every token written out. Expects text that passed `tokenProblems`; a bad token throws. */
export function resolveTokens(text: string, figures: Map<string, Figure>, locale: Locale = 'en'): string {
  return text.replace(tokenPattern, (token, inner: string) => {
    const parsed = parse(inner);
    if ('constant' in parsed) return formatDecimals(parsed.constant, 0, locale);
    const figure = 'id' in parsed ? figures.get(parsed.id) : undefined;
    if (!('id' in parsed) || !figure) throw new Error(`Cannot resolve the number token ${token}`);
    switch (parsed.form) {
      case 'stated':
        return formatStated(figure, locale);
      case 'value':
        return formatNumber(statedValue(figure), locale);
      case 'decimals':
        return formatDecimals(figure.value, parsed.decimals, locale);
      case 'fraction':
        return formatDecimals(figure.value / 100, parsed.decimals, locale);
      case 'factor':
        return formatDecimals(1 + figure.value / 100, parsed.decimals, locale);
    }
  });
}
