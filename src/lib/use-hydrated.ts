// Whether the page has hydrated: false in the prerendered HTML and during hydration, true afterwards.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Lets a component render what only a live page should, without a hydration mismatch. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
