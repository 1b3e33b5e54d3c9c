// Turns valid story data into the story the page shows: the derived figures computed from reported ones, and
// the number tokens of the prose written out, so that every component receives plain strings.
import type { Figure, Story, StoryData } from './schema.ts';
import { derivationRules } from './derived.ts';
import { mapProse } from './prose.ts';
import { figuresNamed, resolveTokens, type TokenWriter } from './tokens.ts';

export type { DerivedFigure, Figure, PageStory, Story, StoryStep } from './schema.ts';

/**
 * Computes every derived figure's value, notes which figures each step's text names, then writes out the
 * prose's number tokens the edition's way (`write`: src/i18n/edition-format.ts). Expects data that passed validateStory's checks
 * (validate.ts). The build puts its result in each page's edition (src/build/edition/), so the page runs none of this.
 */
export function deriveStory(data: StoryData, write: TokenWriter): Story {
  const values = new Map<string, number>();
  for (const f of data.figures) if (f.kind !== 'derived') values.set(f.id, f.value);
  const figures = data.figures.map((f): Figure => {
    if (f.kind !== 'derived') return f;
    const rule = derivationRules[f.id];
    const inputs = f.derivedFrom.map((id) => values.get(id) ?? NaN);
    return { ...f, value: rule ? rule(inputs) : NaN };
  });
  const byId = new Map(figures.map((f) => [f.id, f]));
  const steps = data.steps.map((s) => ({ ...s, figuresNamed: figuresNamed(s.paragraphs) }));
  return mapProse({ ...data, figures, steps }, (text) => resolveTokens(text, byId, write));
}
