// Each step held to the report's sentences it names: they exist, and they include every sentence its quote,
// its graphic's event and the figures its text names come from, so its presenter notes leave none out.
import type { StoryData } from './schema.ts';
import { figuresNamed } from './tokens.ts';
import { reportSentences, sentenceOf } from './report-sentences.ts';

type Problem = { path: string; message: string };

/** The report sentences that a step's quote, event and figures (with a derived one's inputs) come from. */
function sentencesUsed(data: StoryData, index: number, sentences: ReturnType<typeof reportSentences>): string[] {
  const step = data.steps[index];
  if (!step) return [];
  const words: string[] = [];
  const quote = data.quotes.find((q) => q.id === step.quote);
  if (quote) words.push(quote.text);
  const state = data.graphicStates[step.state];
  const event = state?.graphic === 'timeline' ? data.events.find((e) => e.id === state.event) : undefined;
  if (event) words.push(event.quote);
  const pending = figuresNamed(step.paragraphs);
  const seen = new Set<string>();
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const figure = data.figures.find((f) => f.id === id);
    if (figure?.kind === 'derived') pending.push(...figure.derivedFrom);
    else if (figure) words.push(figure.quote);
  }
  return [...new Set(words.flatMap((w) => sentenceOf(sentences, w) ?? []))];
}

/** Steps naming a sentence the report does not have, or leaving out one their quote, event or figures use. */
export function sentenceProblems(data: StoryData, report: string): Problem[] {
  const sentences = reportSentences(report);
  const ids = new Set(sentences.map((s) => s.id));
  const problems: Problem[] = [];
  data.steps.forEach((step, i) => {
    const at = `$.steps[${i}].sentences`;
    step.sentences.forEach((id, j) => {
      if (!ids.has(id))
        problems.push({ path: `${at}[${j}]`, message: `the report has no sentence "${id}" (it has s1 to s${sentences.length})` });
    });
    for (const id of sentencesUsed(data, i, sentences)) {
      if (!step.sentences.includes(id))
        problems.push({ path: at, message: `must name ${id}, the report’s sentence behind the step’s quote, event or figures` });
    }
  });
  return problems;
}
