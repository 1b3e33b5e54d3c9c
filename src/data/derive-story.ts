// Turns valid story data into the story the page shows: the derived figures computed from reported ones, and
// the number tokens of the prose written out, so that every component receives plain strings.
import type { DerivedFigureData, SourcedFigure, StoryData } from './schema.ts';
import { derivationRules } from './derived.ts';
import { mapProse } from './prose.ts';
import { resolveTokens } from './tokens.ts';
import { localeOf } from './format.ts';

export type DerivedFigure = DerivedFigureData & { value: number };
export type Figure = SourcedFigure | DerivedFigure;
export type Story = Omit<StoryData, 'figures'> & { figures: Figure[] };

/**
 * Computes every derived figure's value, then writes out the prose's number tokens with it. Expects data that passed `parseStory`'s checks (validate.ts):
 * the browser calls this directly only for the copy inlined by the build, which validated that very file.
 */
export function deriveStory(data: StoryData): Story {
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
  return mapProse({ ...data, figures }, (text) => resolveTokens(text, byId, locale));
}
