import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import published from '#data/published-step-ids.json';
import { validateStory } from './validate.ts';
import { publishedIdProblems, renamedStepId } from './published-ids.ts';
import { problemsOf } from '#test/support/story-problems.ts';

const story = validateStory(raw);

/** The story with step `from` renamed `to`, everywhere the data names it. */
const renamed = (from: string, to: string, keepFormer: boolean) => ({
  ...story,
  steps: story.steps.map((s) => (s.id === from ? { ...s, id: to, ...(keepFormer && { formerIds: [from] }) } : s)),
});

describe('published step ids', () => {
  it('lists every step the story has, and the story keeps every id it lists', () => {
    expect(story.steps.map((s) => s.id).filter((id) => !published.includes(id))).toEqual([]);
    expect(publishedIdProblems(story, published)).toEqual([]);
  });

  it('stops a published id that a rename dropped, since links to it would open at the top', () => {
    expect(publishedIdProblems(renamed('china-post', 'china-post-deal', false), published)).toEqual([
      {
        path: '$.steps',
        message:
          '"china-post" is a published step id (data/published-step-ids.json): links to #china-post would open at the top. Keep the id, or list it in the renamed step\'s formerIds',
      },
    ]);
  });

  it('keeps a renamed step’s old id as its former id, which an old link opens it at', () => {
    const data = renamed('china-post', 'china-post-deal', true);
    expect(publishedIdProblems(data, published)).toEqual([]);
    expect(problemsOf(data)).toEqual([]);
    expect(renamedStepId(data.steps, '#china-post')).toBe('china-post-deal');
    expect(renamedStepId(data.steps, '#lazada')).toBeUndefined();
    expect(renamedStepId(data.steps, '#%E0%A4%A')).toBeUndefined();
  });

  it('refuses a former id that is another step’s id, or one the page keeps for itself', () => {
    const data = { ...story, steps: story.steps.map((s, i) => (i === 0 ? { ...s, formerIds: ['lazada', 'sources'] } : s)) };
    expect(problemsOf(data)).toEqual([
      'data/story.json: $.steps[0].formerIds[1]: "sources" is an id the page keeps for the Sources section (the header’s "Sources" link); choose another',
      'data/story.json: $.steps[0].formerIds[0]: "lazada" is another step\'s id or former id',
    ]);
  });
});
