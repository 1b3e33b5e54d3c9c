// Full screen on and off (F, or the button), and whether the page is in full screen now.
import { useSyncExternalStore } from 'react';

/** Turns full screen on or off; a browser that refuses (no permission, not supported) leaves things as they are. */
export function toggleFullscreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  void request?.catch(() => {});
}

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
}
