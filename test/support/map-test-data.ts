// Real inputs for the map's tests: the published story, and the map frame the build makes from world-atlas.
import raw from '#data/story.json';
import { mapFrame } from '#src/build/map-frame.ts';
import type { StateOf } from '#src/data/schema.ts';
import { parseStory } from '#src/data/validate.ts';

export const story = parseStory(raw);

export const frame = mapFrame(story.places);

/** The story's map states by key, e.g. mapState('map-moscow'). */
export function mapState(key: string): StateOf<'map'> {
  const state = story.graphicStates[key];
  if (state?.graphic !== 'map') throw new Error(`No map state "${key}"`);
  return state;
}

/**
 * A map state with a route, for the route-drawing code now that no state of the story draws one: China and
 * Russia, with the one movement the report describes (src/data/attribution-checks.ts), as the story
 * had it until December 2026.
 */
export const routeState: StateOf<'map'> = {
  graphic: 'map',
  highlight: ['china', 'russia'],
  routes: [{ from: 'russia', to: 'china', person: 'li-hui' }],
  note: 'Arrow: Russian agricultural products into China, as Li Hui describes',
  description:
    'Map of Eurasia with China and Russia highlighted, and one arrow from Russia to China: the entry of Russian agricultural products into China, which Li Hui says the cooperation promotes.',
};

export const mapStateKeys = Object.keys(story.graphicStates).filter((k) => story.graphicStates[k]?.graphic === 'map');

/** A phone in portrait, a projector. */
export const sizes = [
  { width: 320, height: 280 },
  { width: 1280, height: 800 },
];
