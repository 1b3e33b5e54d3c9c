// The graphics after the map, split from the first-visit bundle and loaded once the reader starts reading.
import { lazy, type ComponentType } from 'react';

/*
 * One gate, opened once: by the story at the reader's first move (src/story/graphic-panel.tsx) or when a
 * step needs a graphic other than the map (src/story/scrolly.tsx), and by the presentation as it starts.
 * Until it opens, and until a graphic's code arrives, the graphic's prerendered HTML stays on the page as
 * it is (React leaves a server-rendered Suspense boundary alone while its code is pending), so the first
 * visit downloads only what the opening screen needs. The prerenderer has no reader to wait for.
 */
const gate = (() => {
  let open = () => {};
  const promise = typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((resolve) => (open = resolve));
  return { promise, open: () => open() };
})();

/** Lets the deferred graphics load (all at once; a second call does nothing). */
export const loadDeferredGraphics: () => void = gate.open;

const later = <P>(load: () => Promise<{ default: ComponentType<P> }>) => lazy(() => gate.promise.then(load));

export const TimelineGraphic = later(() => import('#src/graphics/timeline/timeline-graphic.tsx'));
export const VolumeGraphic = later(() => import('#src/graphics/volume/volume-graphic.tsx'));
export const ShareGraphic = later(() => import('#src/graphics/share/share-graphic.tsx'));

/** Interactions that mean the reader is moving into the story. */
export const startEvents = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
