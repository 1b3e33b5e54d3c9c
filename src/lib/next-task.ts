// Yielding to the browser: lets it paint and handle input before the rest of a long job goes on.

/** Resolves in a new task, after whatever the browser has queued meanwhile. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
