// The Pym.js child side: pym.js's own Child, which sends the page's height to the parent (every half
// second, which also reaches a cross-origin frame below the host's fold, where no resize event comes) and
// reads the parent's messages; the page keeps only what it does with the host's viewport, within the
// bounds of a real screen (pym-message.ts).
import pym from 'pym.js';
import { parseViewportPosition, type ViewportPosition } from './pym-message.ts';

/**
 * Starts talking to the Pym.js parent (the child id is the frame address's `childId`, as pym.js reads it).
 * @param onViewport receives each well-formed viewport message; everything else is ignored
 * @returns stops it
 */
export function startPymChild(onViewport: (position: ViewportPosition) => void): () => void {
  const child = new pym.Child({ polling: 500 });
  child.onMessage('viewport-iframe-position', (text) => {
    const position = parseViewportPosition(text);
    if (position) onViewport(position);
  });
  // Ask for the host's viewport at once (a trackscroll parent otherwise waits for the first scroll).
  child.getParentPositionInfo();
  return () => child.remove();
}
