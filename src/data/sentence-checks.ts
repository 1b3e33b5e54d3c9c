// The story's bindings held to the report: every sentence a basis names exists, a paragraph names the
// sentences of the figures it gives, a quote the sentence its words are in, and a step's paragraphs the
// sentence of the event its graphic shows.
import type { StoryData } from './schema.ts';
import { figuresNamed } from './tokens.ts';
import { reportSentences, sentenceOf, type ReportSentence } from './report-sentences.ts';
import { basisSentences, boundTexts } from './basis.ts';

type Problem = { path: string; message: string };

/** The report sentences that the figures a paragraph names come from (a derived one's: its inputs'). */
function figureSentences(data: StoryData, text: string, sentences: ReportSentence[]): string[] {
  const pending = figuresNamed([{ text }]);
  const seen = new Set<string>();
  const words: string[] = [];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const figure = data.figures.find((f) => f.id === id);
    if (figure?.kind === 'derived') pending.push(...figure.derivedFrom);
    else if (figure) words.push(figure.quote);
  }
  return [...new Set(words.flatMap((w) => sentenceOf(sentences, w) ?? []))];
}

/** Bindings to a sentence the report does not have, or that leave out one their figures or event come from. */
export function sentenceProblems(data: StoryData, report: string): Problem[] {
  const sentences = reportSentences(report);
  const ids = new Set(sentences.map((s) => s.id));
  const problems: Problem[] = [];
  for (const { path, text, basis } of boundTexts(data)) {
    basisSentences(basis).forEach((id, k) => {
      if (!ids.has(id))
        problems.push({ path: `${path}.basis[${k}]`, message: `the report has no sentence "${id}" (it has s1 to s${sentences.length})` });
    });
    for (const id of figureSentences(data, text, sentences))
      if (!basisSentences(basis).includes(id))
        problems.push({ path: `${path}.basis`, message: `must name ${id}, the report’s sentence behind a figure it gives` });
  }
  data.quotes.forEach((q, i) => {
    const id = sentenceOf(sentences, q.text);
    if (id && id !== q.sentence) problems.push({ path: `$.quotes[${i}].sentence`, message: `the quote’s words are in ${id}` });
  });
  data.steps.forEach((step, i) => {
    const state = data.graphicStates[step.state];
    const event = state?.graphic === 'timeline' ? data.events.find((e) => e.id === state.event) : undefined;
    const id = event && sentenceOf(sentences, event.quote);
    if (id && !step.paragraphs.some((p) => basisSentences(p.basis).includes(id)))
      problems.push({
        path: `$.steps[${i}].paragraphs`,
        message: `one must name ${id}, the report’s sentence behind the event the step shows`,
      });
  });
  return problems;
}
