// The host page's viewport as seen from inside an embedded frame, when a Pym.js parent reports it; the
// scroll engine reads it in place of the frame's own viewport. A tiny store for useSyncExternalStore.
import type { PymParentMessage } from './pym-message.ts';

/** The host's viewport in the frame's coordinates: its top edge (y) and its height, in CSS px. */
export type HostViewport = { top: number; height: number };

let current: HostViewport | null = null;
const listeners = new Set<() => void>();

export const hostViewport = {
  get: (): HostViewport | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Takes a parent's `viewport-iframe-position` message (the frame's rectangle in the host viewport). */
  update(message: PymParentMessage) {
    if (message.type !== 'viewport-iframe-position') return;
    // The frame is as tall as its content and never scrolls itself, so frame coordinates are document
    // coordinates: the host viewport starts where the frame's top has scrolled up to.
    const next = { top: -message.frame.top, height: message.viewport.height };
    if (current && current.top === next.top && current.height === next.height) return;
    current = next;
    for (const listener of listeners) listener();
  },
};
