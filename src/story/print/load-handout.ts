// Shared state: the printed handout's code, loaded on demand, once, and whoever waits for it told when it arrives.
//
// Loading is asked for by the "Print handout" button (print-control.tsx) before it prints, and by the print
// slot (print-slot.tsx) once the deferred graphics have settled or when printing starts. Read by the print
// slot, through useSyncExternalStore, to draw the handout while the page is printed.
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

export const printHandout = {
  /** Loads the handout's code (once; a failed download may be tried again) and resolves with it. */
  load(): Promise<Handout> {
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
  },
  /** The handout's code if it has arrived, else null: printing cannot wait for a download. */
  get: (): Handout | null => loaded,
  /** Calls `listener` when the code arrives; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
