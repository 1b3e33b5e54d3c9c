// Which picture each graphic shows for the current step: a pure function of the step index.
import type { GraphicKind, GraphicState, StateOf } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';

export type PanelStates = {
  /** The graphic the current step shows. */
  active: GraphicKind;
  /** The graphics drawn at their box's size: the current step's, and those of the steps either side. */
  sized: GraphicKind[];
  /** For every graphic, the state it is drawn in (hidden ones keep the state of their nearest step). */
  states: { [K in GraphicKind]?: StateOf<K> };
};

const kinds: readonly GraphicKind[] = ['map', 'timeline', 'volume', 'share'];

function stepState(story: PageStory, index: number): GraphicState {
  const step = story.steps[index];
  const state = step && story.graphicStates[step.state];
  if (!state) throw new Error(`No graphic state for step ${index}`);
  return state;
}

/**
 * The states of all graphics at step `index`. A hidden graphic is drawn in the state of the nearest step
 * that uses it (earlier steps first), so it is already right when it fades in, whichever way the
 * reader scrolls.
 */
export function panelStates(story: PageStory, index: number): PanelStates {
  const count = story.steps.length;
  const current = stepState(story, Math.min(Math.max(index, 0), count - 1));
  const states: PanelStates['states'] = {};
  for (const kind of kinds) {
    for (let distance = 0; distance < count && !states[kind]; distance++) {
      for (const i of [index - distance, index + distance]) {
        if (i < 0 || i >= count || states[kind]) continue;
        const state = stepState(story, i);
        if (state.graphic === kind) Object.assign(states, { [kind]: state });
      }
    }
  }
  const near = [index - 1, index, index + 1].filter((i) => i >= 0 && i < count).map((i) => stepState(story, i).graphic);
  return { active: current.graphic, sized: [...new Set(near)], states };
}
