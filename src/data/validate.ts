// Checks story data against the schema and its cross-references, then computes the derived figures.
// Used by the build (src/build/edition/read-editions.ts) and by the tests: one gate for all.
import * as v from 'valibot';
import { StorySchema, type StoryData } from './schema.ts';
import { derivationRules } from './derived.ts';
import { proseOf } from './prose.ts';
import { tokenProblems } from './token-problems.ts';
import { stepIdProblems } from './reserved-ids.ts';

export type { DerivedFigure, Figure, PageStory, Story } from './schema.ts';

/** Thrown when story data is wrong; its message names the file, the JSON path and the problem. */
export class StoryDataError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: { path: string; message: string }[]) {
    const lines = problems.map((p) => `${file}: ${p.path}: ${p.message}`);
    super(`Story data is invalid:\n${lines.join('\n')}`);
    this.name = 'StoryDataError';
    this.problems = lines;
  }

  /** One error for the problems of several files (every edition's, so a changed English sentence names all its translations). */
  static of(errors: StoryDataError[]): StoryDataError {
    const joined = new StoryDataError('', []);
    joined.problems.push(...errors.flatMap((e) => e.problems));
    joined.message = `Story data is invalid:\n${joined.problems.join('\n')}`;
    return joined;
  }
}

type Problem = { path: string; message: string };

function jsonPath(issue: v.BaseIssue<unknown>): string {
  let path = '$';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  return issue.message;
}

/** Cross-references the schema cannot express: ids that must exist, be unique, or trace to a source. */
function crossCheck(data: StoryData): Problem[] {
  const problems: Problem[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const unique = (list: { id: string }[], where: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) problems.push({ path: `$.${where}[${i}].id`, message: `duplicate id "${x.id}"` });
      seen.add(x.id);
    });
  };
  const known = (set: Set<string>, value: string, path: string, what: string) => {
    if (!set.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
  };

  for (const key of ['sources', 'people', 'places', 'figures', 'events', 'quotes', 'steps'] as const) {
    unique(data[key], key);
  }
  const sources = ids(data.sources);
  const people = ids(data.people);
  const places = ids(data.places);
  const figures = ids(data.figures);
  const events = ids(data.events);
  const quotes = ids(data.quotes);
  const states = new Set(Object.keys(data.graphicStates));

  known(sources, data.meta.source, '$.meta.source', 'source');
  data.figures.forEach((f, i) => {
    if (f.kind === 'derived') {
      if (!derivationRules[f.id])
        problems.push({ path: `$.figures[${i}].id`, message: `no derivation rule in code for derived figure "${f.id}"` });
      f.derivedFrom.forEach((d, j) => known(figures, d, `$.figures[${i}].derivedFrom[${j}]`, 'figure'));
    } else {
      known(sources, f.source, `$.figures[${i}].source`, 'source');
    }
  });
  data.events.forEach((e, i) => {
    known(sources, e.source, `$.events[${i}].source`, 'source');
    e.places.forEach((p, j) => known(places, p, `$.events[${i}].places[${j}]`, 'place'));
    // "Recently" is relative to the report that says it: the date must be that report's.
    const source = data.sources.find((s) => s.id === e.source);
    if (e.timing === 'reported-as-recent' && source && e.reported !== source.date) {
      problems.push({ path: `$.events[${i}].reported`, message: `must be the date of its source "${source.id}", ${source.date}` });
    }
  });
  data.quotes.forEach((q, i) => {
    known(people, q.person, `$.quotes[${i}].person`, 'person');
    known(sources, q.source, `$.quotes[${i}].source`, 'source');
  });
  // The figures the graphics draw, by name: a renamed or mistyped id stops the build here.
  const figureOf = (figureId: string, path: string, unit: string, currency: string | null, year: number | null) => {
    const figure = data.figures.find((f) => f.id === figureId);
    if (!figure) return known(figures, figureId, path, 'figure');
    if (figure.unit !== unit || figure.currency !== currency || (year !== null && figure.year !== year))
      problems.push({
        path,
        message: `"${figureId}" is not a figure in ${currency ? `${currency} ` : ''}${unit}${year === null ? '' : ` for ${year}`}`,
      });
  };
  data.graphics.volume.years.forEach((row, i) => {
    const at = `$.graphics.volume.years[${i}]`;
    figureOf(row.yuan, `${at}.yuan`, 'trillion', 'CNY', row.year);
    if (row.dollars !== null) figureOf(row.dollars, `${at}.dollars`, 'billion', 'USD', row.year);
    if (row.growth !== null) figureOf(row.growth, `${at}.growth`, 'percent', null, row.year);
    if (row.increase !== null) figureOf(row.increase, `${at}.increase`, 'trillion', 'CNY', row.year);
  });
  figureOf(data.graphics.share.figure, '$.graphics.share.figure', 'percent', null, null);
  for (const [key, state] of Object.entries(data.graphicStates)) {
    const at = `$.graphicStates.${key}`;
    if (state.graphic === 'map') {
      state.highlight.forEach((p, j) => known(places, p, `${at}.highlight[${j}]`, 'place'));
      state.routes.forEach((r, j) => {
        known(places, r.from, `${at}.routes[${j}].from`, 'place');
        known(places, r.to, `${at}.routes[${j}].to`, 'place');
        if (r.person !== undefined) known(people, r.person, `${at}.routes[${j}].person`, 'person');
      });
    }
    if (state.graphic === 'timeline' && state.event !== null) known(events, state.event, `${at}.event`, 'event');
  }
  // A step's former ids stay in the page as anchors (links to them still open the step): element ids too.
  const anchors = data.steps.flatMap((s, i) => [
    { id: s.id, path: `$.steps[${i}].id`, former: false },
    ...(s.formerIds ?? []).map((id, j) => ({ id, path: `$.steps[${i}].formerIds[${j}]`, former: true })),
  ]);
  for (const { index, message } of stepIdProblems(anchors.map((a) => a.id))) {
    problems.push({ path: anchors[index]?.path ?? '$.steps', message });
  }
  anchors.forEach((a, i) => {
    if (a.former && anchors.some((other, j) => j !== i && other.id === a.id))
      problems.push({ path: a.path, message: `"${a.id}" is another step's id or former id` });
  });
  data.steps.forEach((s, i) => {
    known(states, s.state, `$.steps[${i}].state`, 'graphic state');
    if (s.quote !== undefined) known(quotes, s.quote, `$.steps[${i}].quote`, 'quote');
  });
  for (const { path, text } of proseOf(data)) {
    for (const message of tokenProblems(text, data.figures)) problems.push({ path, message });
  }
  return problems;
}

/**
 * Validates raw JSON as story data (schema, cross-references, number tokens) and returns it as it is
 * written: tokens not yet resolved, derived figures not yet computed. The build checks it against its
 * sources (source-checks.ts) at this stage.
 * @param file the name to put in error messages, e.g. "data/story.json"
 * @throws StoryDataError listing every problem found
 */
export function validateStory(input: unknown, file = 'data/story.json'): StoryData {
  const result = v.safeParse(StorySchema, input);
  if (!result.success) {
    throw new StoryDataError(
      file,
      result.issues.map((issue) => ({ path: jsonPath(issue), message: describeIssue(issue) })),
    );
  }
  const problems = crossCheck(result.output);
  if (problems.length > 0) throw new StoryDataError(file, problems);
  return result.output;
}
