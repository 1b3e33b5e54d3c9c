// The Pym.js child side, written for this page instead of loading pym.js in the frame: it sends the
// page's height to the parent whenever it changes, and passes on the parent's viewport messages.
// It follows the layout with a ResizeObserver, plus a slow poll: a cross-origin frame still below the
// host's fold gets no rendering updates, so no ResizeObserver callbacks, until it scrolls into view.
// It never sends the same height twice, so parent and child cannot drive each other in a loop.
import { makePymMessage, parsePymMessage, type PymParentMessage } from './pym-message.ts';

export type PymChild = { stop(): void };

/**
 * Starts talking to the parent window as Pym.js child `childId`.
 * @param onMessage receives each well-formed message from the parent; everything else is ignored
 */
export function startPymChild(childId: string, onMessage: (message: PymParentMessage) => void): PymChild {
  const parent = window.parent;
  let lastHeight = -1;
  let timer = 0;
  const send = (type: string, message = '') => parent.postMessage(makePymMessage(childId, type, message), '*');
  const sendHeight = () => {
    timer = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    send('height', String(height));
  };
  const schedule = () => {
    if (timer === 0) timer = window.setTimeout(sendHeight, 0);
  };
  const onWindowMessage = (event: MessageEvent) => {
    // Only the parent speaks to this frame; its origin is the host's, unknown in advance.
    if (event.source !== parent) return;
    const message = parsePymMessage(event.data, childId);
    if (message) onMessage(message);
  };

  window.addEventListener('message', onWindowMessage);
  const observer = new ResizeObserver(schedule);
  observer.observe(document.documentElement);
  const poll = window.setInterval(sendHeight, 1000);
  sendHeight();
  // Ask for the host's viewport at once (a trackscroll parent otherwise waits for the first scroll).
  send('parentPositionInfo');
  return {
    stop() {
      clearTimeout(timer);
      clearInterval(poll);
      observer.disconnect();
      window.removeEventListener('message', onWindowMessage);
    },
  };
}
