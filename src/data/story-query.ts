// Loads the story through TanStack Query: the fetcher, its query options and the useStory() hook.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Story } from './derive-story.ts';

/** Where the build puts the validated story data, relative to the page (so any sub-path works). */
export const storyUrl = 'data/story.json';

export async function fetchStory(signal?: AbortSignal): Promise<Story> {
  const response = await fetch(storyUrl, { signal });
  if (!response.ok) throw new Error(`The story data could not be loaded (HTTP ${response.status}).`);
  // The schema (valibot) loads only on this path: prerendered pages carry data the build validated.
  const { parseStory } = await import('./validate.ts');
  return parseStory(await response.json(), storyUrl);
}

export const storyQuery = queryOptions({
  queryKey: ['story'],
  queryFn: ({ signal }) => fetchStory(signal),
});

export function useStory() {
  return useQuery(storyQuery);
}
