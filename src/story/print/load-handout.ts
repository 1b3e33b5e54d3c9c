// The printed handout's code, loaded on demand: once the deferred graphics are in, or by the Print button.
import type { handout } from './print-handout.ts';

export type Handout = typeof handout;

let loaded: Handout | null = null;
let pending: Promise<Handout> | null = null;
const listeners = new Set<() => void>();

/*
 * A chunk of its own, loaded after the graphics' chunks, with which it shares the drawings. (The first-visit
 * chunk stays whole whatever lazy chunks import from it: src/build/first-visit-chunk.ts.)
 */
const importHandout = () => import('./print-handout.ts').then((module) => module.handout);

/** Loads the handout's code (once; a failed download may be tried again) and resolves with it. */
export function loadPrintHandout(): Promise<Handout> {
  pending ??= importHandout().then(
    (handout) => {
      loaded = handout;
      for (const listener of listeners) listener();
      return handout;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The handout's code if it has arrived, else null: printing cannot wait for a download. */
export const loadedPrintHandout = () => loaded;

/** Calls `listener` when the code arrives (for useSyncExternalStore); returns the unsubscribe. */
export function onPrintHandoutLoaded(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
