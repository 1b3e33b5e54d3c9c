// The graphics after the map, split from the first-visit bundle and loaded once the reader starts reading.
import { lazy } from 'react';
import { idle } from '#src/lib/idle.ts';

type Gate = { promise: Promise<void>; open: () => void };

function gate(): Gate {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/*
 * Shared state: four gates, each opened once. loadDeferredGraphics() opens them in order; the story calls it
 * at the reader's first move (src/story/graphic-panel.tsx) or when a step needs a graphic other than the
 * map (src/story/scrolly.tsx), presentation mode as it starts (src/present/present-page.tsx), and the
 * prerenderer has the first three open from the start (below). The timeline, volume and share gates hold
 * back the lazy graphics below, which the graphic panel renders (in the story and on each slide); the
 * settled gate holds back the printed handout's code (src/story/print/print-slot.tsx).
 */
const timelineGate = gate();
const volumeGate = gate();
const shareGate = gate();
const settledGate = gate();

/**
 * Resolves once the deferred graphics have been let load (or failed to) and the browser has had an idle
 * moment after them: other code the reader may want later (the printed handout) queues up behind them.
 */
export const deferredGraphicsSettled = settledGate.promise;

let started = false;

/**
 * Lets the deferred graphics load, one after another in story order with an idle moment between them.
 * Until a graphic's code arrives its prerendered HTML stays on the page as it is (React leaves a
 * server-rendered Suspense boundary alone while its code is pending), so the first visit downloads only
 * what the opening screen needs; one at a time, so hydrating them never makes one long task.
 */
export function loadDeferredGraphics() {
  if (started) return;
  started = true;
  timelineGate.open();
  void timelineGate.promise
    .then(() => import('#src/graphics/timeline/timeline-graphic.tsx'))
    .then(() => idle())
    .then(() => {
      volumeGate.open();
      return import('#src/graphics/volume/volume-graphic.tsx');
    })
    .then(() => idle())
    .then(() => shareGate.open())
    // A failed download shows up where the graphic is rendered (graphic-panel.tsx); just open the gates.
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

export const TimelineGraphic = lazy(() => timelineGate.promise.then(() => import('#src/graphics/timeline/timeline-graphic.tsx')));
export const VolumeGraphic = lazy(() => volumeGate.promise.then(() => import('#src/graphics/volume/volume-graphic.tsx')));
export const ShareGraphic = lazy(() => shareGate.promise.then(() => import('#src/graphics/share/share-graphic.tsx')));

/** Interactions that mean the reader is moving into the story. */
export const startEvents = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
