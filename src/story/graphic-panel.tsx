// The sticky panel holding the story's graphics; the current step decides which shows, and in what state.
import { memo, Suspense, useEffect } from 'react';
import type { FigureProps } from './figures/figure-props';
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

/*
 * Memoised, so a step change that leaves a deferred figure's props as they were does not touch its
 * still-dehydrated boundary: React would otherwise try to hydrate it, and the update would wait for code
 * the first visit has not loaded.
 */
const DeferredTimeline = memo((props: FigureProps<'timeline'>) => (
  <Suspense fallback={placeholder}>
    <TimelineFigure {...props} />
  </Suspense>
));
const DeferredVolume = memo((props: FigureProps<'volume'>) => (
  <Suspense fallback={placeholder}>
    <VolumeFigure {...props} />
  </Suspense>
));
const DeferredShare = memo((props: FigureProps<'share'>) => (
  <Suspense fallback={placeholder}>
    <ShareFigure {...props} />
  </Suspense>
));

export function GraphicPanel({ story, stepIndex }: Props) {
  const { active, states } = panelStates(story, stepIndex);
  const { map, timeline, volume, share } = states;
  useDeferredFigures();
  return (
    <div className="relative h-full w-full">
      {map && <MapFigure story={story} state={map} active={active === 'map'} />}
      {timeline && <DeferredTimeline story={story} state={timeline} active={active === 'timeline'} />}
      {volume && <DeferredVolume story={story} state={volume} active={active === 'volume'} />}
      {share && <DeferredShare story={story} state={share} active={active === 'share'} />}
    </div>
  );
}
