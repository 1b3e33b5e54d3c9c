// Step ids are addresses (#<step-id>) that readers have shared and teachers bookmarked: once published, an id
// never goes. data/published-step-ids.json lists them; each must still be a step's id, or one of the
// `formerIds` of the step it was renamed to, which the page keeps as an anchor and opens that step at.
import type { StoryData } from './schema.ts';

type Problem = { path: string; message: string };

/** Published ids the story no longer has, neither as a step's id nor among a step's former ids. */
export function publishedIdProblems(data: StoryData, published: readonly string[]): Problem[] {
  const kept = new Set(data.steps.flatMap((s) => [s.id, ...(s.formerIds ?? [])]));
  return published
    .filter((id) => !kept.has(id))
    .map((id) => ({
      path: '$.steps',
      message: `"${id}" is a published step id (data/published-step-ids.json): links to #${id} would open at the top. Keep the id, or list it in the renamed step's formerIds`,
    }));
}

/** The id of the step an address's fragment names under a former id, if it does ("#china-post" after a rename). */
export function renamedStepId(steps: readonly { id: string; formerIds?: string[] }[], hash: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return steps.find((s) => s.formerIds?.includes(id))?.id;
}
