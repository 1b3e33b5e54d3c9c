import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { kickerId, pageIds } from '#src/lib/page-ids.ts';
import { problemsOf } from '#test/support/story-problems.ts';

type Json = typeof raw;
const withStepIds = (change: (ids: string[]) => void): unknown => {
  const data = structuredClone(raw) as Json;
  const ids = data.steps.map((s) => s.id);
  change(ids);
  data.steps.forEach((step, i) => (step.id = ids[i]!));
  return data;
};

describe('step ids the page keeps for itself', () => {
  it.each(Object.values(pageIds))('rejects a step named "%s", with the file, the JSON path and the reason', (id) => {
    const problems = problemsOf(withStepIds((ids) => (ids[2] = id)));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^data/story\\.json: \\$\\.steps\\[2\\]\\.id: "${id}" is an id the page keeps for .+; choose another$`),
      ),
    ]);
  });

  it('rejects "main", which skip links look for though the page uses it for nothing yet', () => {
    expect(problemsOf(withStepIds((ids) => (ids[5] = 'main')))).toEqual([
      'data/story.json: $.steps[5].id: "main" is an id the page keeps for its main content (skip links look for #main); choose another',
    ]);
  });

  it('names what the id is for: "sources" is the Sources section the header links to', () => {
    expect(problemsOf(withStepIds((ids) => (ids[0] = 'sources')))).toEqual([
      'data/story.json: $.steps[0].id: "sources" is an id the page keeps for the Sources section (the header’s "Sources" link); choose another',
    ]);
  });

  it('rejects a step id that another step’s kicker heading already has ("moscow-kicker")', () => {
    const problems = problemsOf(
      withStepIds((ids) => {
        ids[4] = kickerId(ids[1]!);
      }),
    );
    expect(problems).toEqual([
      `data/story.json: $.steps[4].id: "${raw.steps[1]!.id}-kicker" is the id the page gives the kicker of step "${raw.steps[1]!.id}"; choose another`,
    ]);
  });

  it('rejects a step id that could be a graphic’s own part ("graphic-map-title")', () => {
    expect(problemsOf(withStepIds((ids) => (ids[1] = 'graphic-map-title')))).toEqual([
      'data/story.json: $.steps[1].id: "graphic-map-title" starts as the ids of the graphics’ own parts do ("graphic-"); choose another',
    ]);
  });

  it('accepts ids that only resemble the page’s ("sources-2016", "kicker", "edition-2")', () => {
    expect(problemsOf(withStepIds((ids) => ids.splice(0, 3, 'sources-2016', 'kicker', 'edition-2')))).toEqual([]);
  });
});
