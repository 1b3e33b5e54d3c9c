// Waiting until the page has loaded and the network has gone quiet: the moment to fetch, unasked, what a
// reader may want later, without taking bandwidth or main thread from what the first visit needs.

/**
 * Resolves once the page has loaded and no resource has finished loading for `quietMs`: longer than the
 * 1 s of "network quiet" that ends a first visit's measurement (Lighthouse's, and e2e/support/transfer.mjs's),
 * so what is fetched then is the page's second phase, not its first visit. Never resolves where the
 * reader asked to save data (Save-Data): they get it when they ask for it.
 */
export function afterNetworkQuiet(quietMs = 2000): Promise<void> {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData) return new Promise(() => {});
  return new Promise((resolve) => {
    let last = performance.now();
    const observer = new PerformanceObserver(() => {
      last = performance.now();
    });
    observer.observe({ type: 'resource' });
    const check = () => {
      const waited = performance.now() - last;
      if (waited < quietMs) return void setTimeout(check, quietMs - waited);
      observer.disconnect();
      resolve();
    };
    const start = () => {
      last = performance.now();
      setTimeout(check, quietMs);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  });
}
