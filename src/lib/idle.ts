// Waiting, for work that can wait: for the browser to be idle, or for the tasks already queued.

/** Resolves at an idle moment (or after `timeout` ms at most) where the browser can tell; else at the next task. */
export const idle = (timeout = 300) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });

/**
 * Resolves in a task of its own, after what is queued (input, a frame): work before and after is two tasks.
 * A message, as React's scheduler posts, not a timer: nested timers wait 4 ms, and a paused clock (a test's)
 * would stop the page from starting.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });
