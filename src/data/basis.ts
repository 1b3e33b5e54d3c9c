// What the story's words rest on: each bound text (a paragraph, a caption, a note, a gap, a gloss, the
// standfirst) names the report's sentences behind it, or says what it is instead (schema.ts, `Basis`).
import type { Basis, BoundText, Quote, Step } from './schema.ts';

/**
 * A bound text where it sits in the story: its JSON path (`$.steps[0].paragraphs[1]`), and its key, the same
 * path by ids (`steps.moscow.paragraphs.p2`), which a translation shares and the page's receipts use.
 */
export type Bound = BoundText & { path: string; key: string };

/** The report sentences a basis names; none for words of ours. */
export const basisSentences = (basis: Basis): string[] => (Array.isArray(basis) ? basis : []);

const isBound = (x: unknown): x is BoundText =>
  typeof x === 'object' && x !== null && typeof (x as BoundText).text === 'string' && 'basis' in x;

const idOf = (x: unknown, i: number): string =>
  typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : String(i);

/** Every bound text in `value` (the story, or part of it), in the order of the file. */
export function boundTexts(value: unknown, path = '$', key = ''): Bound[] {
  if (isBound(value)) return [{ text: value.text, basis: value.basis, path, key }];
  const at = (part: string) => (key ? `${key}.${part}` : part);
  if (Array.isArray(value)) return value.flatMap((item, i) => boundTexts(item, `${path}[${i}]`, at(idOf(item, i))));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, item]) => boundTexts(item, `${path}.${name}`, at(name)));
  return [];
}

/** The key of a step's paragraph, as `boundTexts` gives it. */
export const paragraphKey = (stepId: string, paragraphId: string) => `steps.${stepId}.paragraphs.${paragraphId}`;

/** The report sentences a step's paragraphs rest on, in reading order, then its quote's: each once. */
export const stepSentences = (step: Pick<Step, 'paragraphs'>, quote?: Pick<Quote, 'sentence'>): string[] => [
  ...new Set([...step.paragraphs.flatMap((p) => basisSentences(p.basis)), ...(quote ? [quote.sentence] : [])]),
];
