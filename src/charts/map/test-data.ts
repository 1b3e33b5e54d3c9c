// Real inputs for the map's tests: the published story and world-atlas's geometry, read from disk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import raw from '../../../data/story.json';
import type { StateOf } from '@/data/schema';
import { parseStory } from '@/data/validate';
import { countriesFromTopology } from './world-geometry';

export const story = parseStory(raw);

const require = createRequire(import.meta.url);
export const countries = countriesFromTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')));

/** The story's map states by key, e.g. mapState('map-moscow'). */
export function mapState(key: string): StateOf<'map'> {
  const state = story.graphicStates[key];
  if (state?.chart !== 'map') throw new Error(`No map state "${key}"`);
  return state;
}

export const mapStateKeys = Object.keys(story.graphicStates).filter((k) => story.graphicStates[k]?.chart === 'map');

/** A phone in portrait, a projector. */
export const sizes = [
  { width: 320, height: 280 },
  { width: 1280, height: 800 },
];
