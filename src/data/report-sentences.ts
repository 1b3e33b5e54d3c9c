// The report as numbered sentences (s1, s2, …): what the story's steps name as the sentences they rest on,
// and what the presenter notes and the downloads quote. Ids follow the report's order; the report is fixed,
// so they never change once published.
import type { ReportSentence } from './schema.ts';

export type { ReportSentence };

/**
 * The sentences of `text` in `language`, whitespace trimmed. Intl.Segmenter does the splitting; it knows no
 * abbreviations (V8's ICU has no sentence-break suppressions), so it breaks the report's dateline after
 * "Dec.": a segment that starts with a digit or a lower-case letter continues the one before.
 */
export function sentencesOf(text: string, language = 'en'): string[] {
  const texts: string[] = [];
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) {
    const sentence = segment.trim();
    if (sentence === '') continue;
    if (texts.length > 0 && /^[\p{Ll}\p{N}]/u.test(sentence)) texts[texts.length - 1] += ` ${sentence}`;
    else texts.push(sentence);
  }
  return texts;
}

/** The report's sentences in order, numbered from s1. */
export function reportSentences(report: string): ReportSentence[] {
  return sentencesOf(report).map((text, i) => ({ id: `s${i + 1}`, text }));
}

/** The id of the sentence that holds `words` (a quote, a figure's or an event's sentence), if any. */
export function sentenceOf(sentences: ReportSentence[], words: string): string | undefined {
  return sentences.find((s) => s.text.includes(words))?.id;
}
