// Test support: SVG markup made stable for a snapshot: generated ids named in order, numbers rounded, one element a line.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two decimals, three below 1 (a scale factor), so float noise leaves a snapshot as it was. */
const round = (n: string) => String(+Number(n).toFixed(Math.abs(Number(n)) < 1 ? 3 : 2));

/**
 * React's `useId` values (`_R_1_`…) depend on where a component sits in the tree, not on what it draws:
 * each id becomes `id-1`, `id-2`… in the order the markup defines them, wherever it is referred to
 * (`aria-labelledby`, `url(#…)`, `href="#…"`). Decimals in attributes are rounded; text is left as it is.
 * Each element starts a line, so a snapshot's diff shows which mark changed.
 */
export function normalizeSvg(html: string): string {
  const ids = [...new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))];
  const names = new Map(ids.map((id, i) => [id, `id-${i + 1}`]));
  const named =
    ids.length === 0
      ? html
      : html.replace(new RegExp(`(?<=["\\s#])(${ids.map(escape).join('|')})(?=["\\s)])`, 'g'), (id) => names.get(id)!);
  const rounded = named.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d*\.\d+/g, round)}"`);
  return rounded.replace(/>(?=<[^/])/g, '>\n').replace(/(<\/[\w:-]+>)(?=<\/)/g, '$1\n');
}
