import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from '#test/support/english.ts';
import { panelStates } from './graphic-states.ts';

const story = parseStory(raw);
const indexOf = (id: string) => story.steps.findIndex((s) => s.id === id);

describe('panelStates', () => {
  it('shows the map with Russia and Moscow on the first step', () => {
    const { active, states } = panelStates(story, 0);
    expect(active).toBe('map');
    expect(states.map?.highlight).toEqual(['russia', 'moscow']);
  });

  it('shows the timeline with the Lazada deal on the Lazada step', () => {
    const { active, states } = panelStates(story, indexOf('lazada'));
    expect(active).toBe('timeline');
    expect(states.timeline?.event).toBe('lazada');
  });

  it('keeps hidden graphics in the state of their nearest step, so they fade in already right', () => {
    const { states } = panelStates(story, indexOf('lazada'));
    expect(states.map?.highlight).toEqual(['china', 'russia']);
    expect(states.volume?.highlight).toBe(2015);
  });

  it('shows the 2016 forecast on its step, and keeps it while the reader is past it', () => {
    expect(panelStates(story, indexOf('forecast-2016')).states.volume?.years).toEqual([2014, 2015, 2016]);
    expect(panelStates(story, indexOf('smaller-platforms')).states.volume?.highlight).toBe(2016);
  });

  it('gives every graphic a state at every step', () => {
    story.steps.forEach((_, i) => {
      const { states } = panelStates(story, i);
      expect(Object.keys(states).sort()).toEqual(['map', 'share', 'timeline', 'volume']);
    });
  });

  it('draws at its box’s size the graphic a step shows from the step before it on, either way the reader goes', () => {
    expect(panelStates(story, indexOf('thailand-commerce')).sized.sort()).toEqual(['timeline', 'volume']);
    expect(panelStates(story, indexOf('foreign-trade')).sized.sort()).toEqual(['map', 'share', 'volume']);
    expect(panelStates(story, indexOf('lazada')).sized).toEqual(['timeline']);
  });
});
