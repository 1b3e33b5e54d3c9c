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

export const mapStateKeys = Object.keys(story.graphicStates).filter((k) => story.graphicStates[k]?.graphic === 'map');

/** A phone in portrait, a projector. */
export const sizes = [
  { width: 320, height: 280 },
  { width: 1280, height: 800 },
];
