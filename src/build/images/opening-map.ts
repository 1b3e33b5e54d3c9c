// The map the site's share card shows: the story's opening state, which draws no route, without its note
// (a route or a note out of context, without its step's words, would claim what the reader cannot check).
import type { StateOf } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';

/** @throws Error if the story does not open on the map, or its opening map draws a route */
export function openingMapState(story: PageStory): StateOf<'map'> {
  const state = story.graphicStates[story.steps[0]?.state ?? ''];
  if (state?.graphic !== 'map') throw new Error('share image: the story must open on the map');
  if (state.routes.length > 0) throw new Error('share image: the opening map state must draw no route');
  return { ...state, note: undefined };
}
