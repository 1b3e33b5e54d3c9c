// The sticky panel holding the story's graphics; the current step decides which shows, and in what state.
import { Suspense, useEffect } from 'react';
import type { Story } from '@/data/validate';
import { panelStates } from './graphic-states';
import { MapFigure } from './figures/map-figure';
import { loadDeferredFigures, ShareFigure, startEvents, TimelineFigure, VolumeFigure } from './figures/deferred-figures';

type Props = { story: Story; stepIndex: number };

/** Starts loading the deferred figures at the reader's first move (Scrolly starts it for steps that need one). */
function useDeferredFigures() {
  useEffect(() => {
    for (const type of startEvents) window.addEventListener(type, loadDeferredFigures, { once: true, passive: true });
    return () => {
      for (const type of startEvents) window.removeEventListener(type, loadDeferredFigures);
    };
  }, []);
}

/** Holds a deferred figure's place until its code arrives (seen only where the page was not prerendered). */
const placeholder = <div className="absolute inset-0" aria-hidden="true" />;

export function GraphicPanel({ story, stepIndex }: Props) {
  const { active, states } = panelStates(story, stepIndex);
  const { map, timeline, volume, share } = states;
  useDeferredFigures();
  return (
    <div className="relative h-full w-full">
      {map && <MapFigure story={story} state={map} active={active === 'map'} />}
      <Suspense fallback={placeholder}>
        {timeline && <TimelineFigure story={story} state={timeline} active={active === 'timeline'} />}
      </Suspense>
      <Suspense fallback={placeholder}>
        {volume && <VolumeFigure story={story} state={volume} active={active === 'volume'} />}
      </Suspense>
      <Suspense fallback={placeholder}>
        {share && <ShareFigure story={story} state={share} active={active === 'share'} />}
      </Suspense>
    </div>
  );
}
