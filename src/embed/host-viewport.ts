// Shared state: the host page's viewport as seen from inside an embedded frame, when a Pym.js parent reports it.
//
// Written by the app's start (src/app/start.tsx), which hands it each `viewport-iframe-position` message
// the Pym.js parent sends (src/embed/pym-child.ts). Read by the scroll engine (src/story/step-engine.ts),
// which measures the steps against it in place of the frame's own viewport, and by the sticky panel of a
// full-height embed (src/embed/host-sticky.ts); both subscribe to measure again when it changes, outside
// React's render. Null on the reader page and in an embed whose parent does not report its viewport.
import type { ViewportPosition } from './pym-message.ts';

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
  update(message: ViewportPosition) {
    // The frame is as tall as its content and never scrolls itself, so frame coordinates are document
    // coordinates: the host viewport starts where the frame's top has scrolled up to.
    const next = { top: -message.frame.top, height: message.viewport.height };
    if (current && current.top === next.top && current.height === next.height) return;
    current = next;
    for (const listener of listeners) listener();
  },
};
