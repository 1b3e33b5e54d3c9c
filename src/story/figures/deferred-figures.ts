// The figures after the map, split from the first-visit bundle and loaded once the reader starts reading.
import { lazy } from 'react';

let release: () => void = () => {};
const started = new Promise<void>((resolve) => {
  release = resolve;
});

/**
 * Lets the deferred figures load. Until then their prerendered HTML stays on the page as it is (React
 * leaves a server-rendered Suspense boundary alone while its code is pending), so the first visit
 * downloads only what the opening screen needs.
 */
export const loadDeferredFigures = () => release();

// The prerenderer has no reader to wait for.
if (typeof window === 'undefined') loadDeferredFigures();

export const TimelineFigure = lazy(() => started.then(() => import('./timeline-figure')));
export const VolumeFigure = lazy(() => started.then(() => import('./volume-figure')));
export const ShareFigure = lazy(() => started.then(() => import('./share-figure')));

/** Interactions that mean the reader is moving into the story. */
export const startEvents = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
