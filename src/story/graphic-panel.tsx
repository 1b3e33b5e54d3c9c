// The sticky panel holding the story's graphics; the current step decides which shows, and in what state.
import { memo, Suspense, useEffect, useRef, type ComponentType } from 'react';
import type { ChartKind } from '@/data/schema';
import type { FigureProps } from './figures/figure-props';
import { ErrorBoundary } from '@/lib/error-boundary';
import { strings } from '@/lib/strings';
import type { Story } from '@/data/validate';
import { panelStates } from './graphic-states';
import { useWarmFigures } from './use-warm-figures';
import { idle } from '@/lib/idle';
import { MapFigure } from './figures/map-figure';
import { loadDeferredFigures, ShareFigure, startEvents, TimelineFigure, VolumeFigure } from './figures/deferred-figures';

type Props = { story: Story; stepIndex: number };

/**
 * Starts loading the deferred figures at the reader's first move (Scrolly starts it for steps that need
 * one), at the first idle moment after it: started inside the scroll event, the work of requesting their
 * files (Vite's preload links) fell into the frame of the reader's first scroll, a long task on a slow phone.
 */
function useDeferredFigures() {
  useEffect(() => {
    const start = () => void idle().then(loadDeferredFigures);
    for (const type of startEvents) window.addEventListener(type, start, { once: true, passive: true });
    return () => {
      for (const type of startEvents) window.removeEventListener(type, start);
    };
  }, []);
}

/** Holds a deferred figure's place until its code arrives (seen only where the page was not prerendered). */
const placeholder = <div className="absolute inset-0" aria-hidden="true" />;

/** If a figure's code cannot be downloaded, the rest of the story goes on; its numbers are in the sources. */
const unavailable = (
  <p className="absolute inset-0 grid place-items-center p-6 text-center font-sans text-sm text-muted" aria-hidden="true">
    {strings.figureFailed}
  </p>
);

/*
 * Memoised, so a step change that leaves a deferred figure's props as they were does not touch its
 * still-dehydrated boundary: React would otherwise try to hydrate it, and the update would wait for code
 * the first visit has not loaded.
 */
function deferred<K extends ChartKind>(Figure: ComponentType<FigureProps<K>>) {
  return memo(function Deferred(props: FigureProps<K>) {
    return (
      <ErrorBoundary fallback={unavailable}>
        <Suspense fallback={placeholder}>
          <Figure {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  });
}

const DeferredTimeline = deferred(TimelineFigure);
const DeferredVolume = deferred(VolumeFigure);
const DeferredShare = deferred(ShareFigure);

export function GraphicPanel({ story, stepIndex }: Props) {
  const { active, states } = panelStates(story, stepIndex);
  const { map, timeline, volume, share } = states;
  useDeferredFigures();
  const panel = useRef<HTMLDivElement>(null);
  useWarmFigures(panel);
  return (
    <div ref={panel} className="relative h-full w-full">
      {map && <MapFigure story={story} state={map} active={active === 'map'} />}
      {timeline && <DeferredTimeline story={story} state={timeline} active={active === 'timeline'} />}
      {volume && <DeferredVolume story={story} state={volume} active={active === 'volume'} />}
      {share && <DeferredShare story={story} state={share} active={active === 'share'} />}
    </div>
  );
}
