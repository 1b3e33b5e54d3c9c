// Turns valid story data into the story the page shows: the derived figures computed from reported ones, and
// the number tokens of the prose written out, so that every component receives plain strings.
import type { DerivedFigureData, SourcedFigure, Step, StoryData } from './schema.ts';
import { derivationRules } from './derived.ts';
import { mapProse } from './prose.ts';
import { figuresNamed, resolveTokens } from './tokens.ts';
import { localeOf } from './format.ts';
import type { ReportSentence } from './report-sentences.ts';

export type DerivedFigure = DerivedFigureData & { value: number };
export type Figure = SourcedFigure | DerivedFigure;
/** A step as the page shows it, with the figures its text names (its notes in the presenter view). */
export type StoryStep = Step & { figuresNamed: string[] };
/** `sentences`: the report's sentences the steps name, in the story's language (its presenter notes). */
export type Story = Omit<StoryData, 'figures' | 'steps'> & { figures: Figure[]; steps: StoryStep[]; sentences: ReportSentence[] };

/**
 * Computes every derived figure's value, notes which figures each step's text names, keeps the report's
 * sentences (`report`, in the story's language) that the steps name, then writes out the prose's number tokens. Expects data that passed `parseStory`'s checks (validate.ts). The build inlines
 * its result in each page (src/build/prerender-plugin.ts), so the page's first visit runs none of this.
 */
export function deriveStory(data: StoryData, report: ReportSentence[] = []): Story {
  const values = new Map<string, number>();
  for (const f of data.figures) if (f.kind !== 'derived') values.set(f.id, f.value);
  const figures = data.figures.map((f): Figure => {
    if (f.kind !== 'derived') return f;
    const rule = derivationRules[f.id];
    const inputs = f.derivedFrom.map((id) => values.get(id) ?? NaN);
    return { ...f, value: rule ? rule(inputs) : NaN };
  });
  const byId = new Map(figures.map((f) => [f.id, f]));
  const locale = localeOf(data.language);
  const steps = data.steps.map((s) => ({ ...s, figuresNamed: figuresNamed(s.paragraphs) }));
  const named = new Set(data.steps.flatMap((s) => s.sentences));
  const sentences = report.filter((s) => named.has(s.id));
  return mapProse({ ...data, figures, steps, sentences }, (text) => resolveTokens(text, byId, locale));
}
