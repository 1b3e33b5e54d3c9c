// What the story's words rest on: each bound text (a paragraph, a caption, a note, a gap, a gloss, the
// standfirst) names the report's sentences behind it, or says what it is instead (schema.ts, `Basis`).
import type { Basis, BoundText, Quote, Step } from './schema.ts';

/** A bound text where it sits in the story, by JSON path (`$.steps[0].paragraphs[1]`). */
export type Bound = BoundText & { path: string };

/** The report sentences a basis names; none for words of ours. */
export const basisSentences = (basis: Basis): string[] => (Array.isArray(basis) ? basis : []);

const isBound = (x: unknown): x is BoundText =>
  typeof x === 'object' && x !== null && typeof (x as BoundText).text === 'string' && 'basis' in x;

/** Every bound text in `value` (the story data, or part of it), in the order of the file. */
export function boundTexts(value: unknown, path = '$'): Bound[] {
  if (isBound(value)) return [{ text: value.text, basis: value.basis, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => boundTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => boundTexts(item, `${path}.${key}`));
  return [];
}

/** The report sentences a step's paragraphs rest on, in reading order, then its quote's: each once. */
export const stepSentences = (step: Pick<Step, 'paragraphs'>, quote?: Pick<Quote, 'sentence'>): string[] => [
  ...new Set([...step.paragraphs.flatMap((p) => basisSentences(p.basis)), ...(quote ? [quote.sentence] : [])]),
];
