// The figures after the map, split from the first-visit bundle and loaded once the reader starts reading.
import { lazy } from 'react';
import { idle } from '@/lib/idle';

type Gate = { promise: Promise<void>; open: () => void };

function gate(): Gate {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const timelineGate = gate();
const volumeGate = gate();
const shareGate = gate();
const settledGate = gate();

/**
 * Resolves once the deferred figures have been let load (or failed to) and the browser has had an idle
 * moment after them: other code the reader may want later (the printed handout) queues up behind them.
 */
export const deferredFiguresSettled = settledGate.promise;

let started = false;

/**
 * Lets the deferred figures load, one after another in story order with an idle moment between them.
 * Until a figure's code arrives its prerendered HTML stays on the page as it is (React leaves a
 * server-rendered Suspense boundary alone while its code is pending), so the first visit downloads only
 * what the opening screen needs; one at a time, so hydrating them never makes one long task.
 */
export function loadDeferredFigures() {
  if (started) return;
  started = true;
  timelineGate.open();
  void timelineGate.promise
    .then(() => import('./timeline-figure'))
    .then(() => idle())
    .then(() => {
      volumeGate.open();
      return import('./volume-figure');
    })
    .then(() => idle())
    .then(() => shareGate.open())
    // A failed download shows up where the figure is rendered (graphic-panel.tsx); just open the gates.
    .catch(() => {
      volumeGate.open();
      shareGate.open();
    })
    .then(() => idle())
    .then(settledGate.open);
}

// The prerenderer has no reader to wait for.
if (typeof window === 'undefined') {
  timelineGate.open();
  volumeGate.open();
  shareGate.open();
}

export const TimelineFigure = lazy(() => timelineGate.promise.then(() => import('./timeline-figure')));
export const VolumeFigure = lazy(() => volumeGate.promise.then(() => import('./volume-figure')));
export const ShareFigure = lazy(() => shareGate.promise.then(() => import('./share-figure')));

/** Interactions that mean the reader is moving into the story. */
export const startEvents = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
