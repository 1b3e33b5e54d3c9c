// What is wrong with the number tokens of a prose string, in words an editor can act on. Used by validation
// only (validate.ts), so that the page's first visit carries the tokens' reader (tokens.ts) without these.
import type { FigureData } from './schema.ts';
import { constants, constantToken, figureToken, parseToken, tokensIn, withoutTokens } from './tokens.ts';

const forms = ':value, :value.N, :fraction.N, :factor.N';

/** Why a token's inside cannot be read. */
function unreadable(inner: string): string {
  const constant = constantToken.exec(inner);
  if (constant)
    return `{${inner}}: no constant "#${constant[1]}" (known: ${Object.keys(constants)
      .map((c) => `#${c}`)
      .join(', ')})`;
  const match = figureToken.exec(inner);
  if (!match) return `{${inner}} is not a number token: write {figure-id} or {figure-id:form}`;
  const form = inner.slice(inner.indexOf(':'));
  return `{${inner}}: unknown form "${form}" (known: ${forms})`;
}

/** What is wrong with the tokens of one prose string, given the story's figures; empty if nothing. */
export function tokenProblems(text: string, figures: FigureData[]): string[] {
  const problems: string[] = [];
  for (const inner of tokensIn(text)) {
    const token = parseToken(inner);
    if (!token) problems.push(unreadable(inner));
    if (!token || 'constant' in token) continue;
    const figure = figures.find((f) => f.id === token.id);
    if (!figure) problems.push(`{${inner}}: unknown figure "${token.id}"`);
    else if (token.form === 'decimals' && figure.kind !== 'derived')
      problems.push(`{${inner}}: only a derived figure has a value before rounding; write {${token.id}:value}`);
    else if ((token.form === 'fraction' || token.form === 'factor') && figure.unit !== 'percent')
      problems.push(`{${inner}}: :${token.form} is for a percentage, and "${token.id}" is in ${figure.unit}`);
  }
  if (/[{}]/.test(withoutTokens(text))) problems.push('a brace that is not part of a token: a token is {figure-id} or {figure-id:form}');
  return problems;
}
