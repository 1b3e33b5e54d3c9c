// Waiting for the browser to be idle, for work that can wait until nothing more urgent is going on.

/** Resolves at an idle moment (or after `timeout` ms at most) where the browser can tell; else at the next task. */
export const idle = (timeout = 300) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
