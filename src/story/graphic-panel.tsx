// The sticky panel holding the story's graphics; the current step decides which shows, and in what state.
import { memo, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import type { GraphicKind } from '#src/data/schema.ts';
import type { GraphicProps } from '#src/graphics/graphic-props.ts';
import { ErrorBoundary } from '#src/lib/error-boundary.tsx';
import { showLoadFailure } from '#src/lib/load-failure.ts';
import { useT } from '#src/edition/edition-context.tsx';
import { graphicFile } from '#src/graphics/graphic-file.ts';
import type { PageStory } from '#src/data/validate.ts';
import { panelStates } from './graphic-states.ts';
import { idle } from '#src/lib/idle.ts';
import { MapGraphic } from '#src/graphics/map/map-graphic.tsx';
import { loadDeferredGraphics, ShareGraphic, startEvents, TimelineGraphic, VolumeGraphic } from './deferred-graphics.ts';

type Props = { story: PageStory; stepIndex: number; children?: ReactNode };

/**
 * Starts loading the deferred graphics at the reader's first move (Scrolly starts it for steps that need
 * one), at the first idle moment after it: started inside the scroll event, the work of requesting their
 * files (Vite's preload links) fell into the frame of the reader's first scroll, a long task on a slow phone.
 */
function useDeferredGraphics() {
  useEffect(() => {
    const start = () => void idle().then(loadDeferredGraphics);
    for (const type of startEvents) window.addEventListener(type, start, { once: true, passive: true });
    return () => {
      for (const type of startEvents) window.removeEventListener(type, start);
    };
  }, []);
}

/** Holds a deferred graphic's place until its code arrives (seen only where the page was not prerendered). */
const placeholder = <div className="absolute inset-0" aria-hidden="true" />;

/**
 * A graphic whose code could not be downloaded: the build's picture of its state (src/build/graphic-files.ts),
 * drawn for a step that shows that state, shown and hidden like the graphic it stands in for.
 */
function GraphicPicture({ story, state, active }: GraphicProps<GraphicKind>) {
  const step = story.steps.find((s) => story.graphicStates[s.state] === state);
  if (!step) return null;
  return (
    <figure
      data-graphic-picture={state.graphic}
      aria-hidden={!active || undefined}
      className={`absolute inset-0 m-0 p-3 sm:p-4 ${active ? 'z-10' : 'z-0 opacity-0'}`}
    >
      <img src={graphicFile(step.id)} alt={state.description} className="h-full w-full object-contain" />
    </figure>
  );
}

/*
 * Memoised, so a step change that leaves a deferred graphic's props as they were does not touch its
 * still-dehydrated boundary: React would otherwise try to hydrate it, and the update would wait for code
 * the first visit has not loaded.
 */
function deferred<K extends GraphicKind>(Graphic: ComponentType<GraphicProps<K>>) {
  return memo(function Deferred(props: GraphicProps<K>) {
    const t = useT();
    // If its code cannot be downloaded, its picture takes its place, and the reader is told.
    return (
      <ErrorBoundary fallback={<GraphicPicture {...props} />} onError={() => showLoadFailure(document, t)}>
        <Suspense fallback={placeholder}>
          <Graphic {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  });
}

const DeferredTimeline = deferred(TimelineGraphic);
const DeferredVolume = deferred(VolumeGraphic);
const DeferredShare = deferred(ShareGraphic);

/** `children` sit over the graphics, in the panel's box (the reader page's sharing and images). */
export function GraphicPanel({ story, stepIndex, children }: Props) {
  const { active, sized, states } = panelStates(story, stepIndex);
  const { map, timeline, volume, share } = states;
  useDeferredGraphics();
  return (
    <div className="relative h-full w-full">
      {map && <MapGraphic story={story} state={map} active={active === 'map'} sized={sized.includes('map')} />}
      {timeline && <DeferredTimeline story={story} state={timeline} active={active === 'timeline'} sized={sized.includes('timeline')} />}
      {volume && <DeferredVolume story={story} state={volume} active={active === 'volume'} sized={sized.includes('volume')} />}
      {share && <DeferredShare story={story} state={share} active={active === 'share'} sized={sized.includes('share')} />}
      {children}
    </div>
  );
}
