// Real inputs for the map's tests: the published story in English, as its edition carries it, and the map
// frame the build makes from world-atlas.
import { mapFrame } from '#src/build/map-frame.ts';
import type { StateOf } from '#src/data/schema.ts';
import type { MapSetting } from '#src/graphics/map/layout.ts';
import { editionOf, wordsOf } from './edition.ts';

export const edition = await editionOf('en');

export const story = edition.story;

/** What the English page lays the map out with. */
export const setting: MapSetting = { map: edition.map, type: wordsOf(edition).type, legend: wordsOf(edition).t('mapDisputed') };

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
  note: { text: 'Arrow: Russian agricultural products into China, as Li Hui describes', basis: ['s3'] },
  description:
    'Map of Eurasia with China and Russia highlighted, and one arrow from Russia to China: the entry of Russian agricultural products into China, which Li Hui says the cooperation promotes.',
};

export const mapStateKeys = Object.keys(story.graphicStates).filter((k) => story.graphicStates[k]?.graphic === 'map');

/** A phone in portrait, a projector. */
export const sizes = [
  { width: 320, height: 280 },
  { width: 1280, height: 800 },
];
