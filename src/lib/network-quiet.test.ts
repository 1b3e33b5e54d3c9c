// Waiting for the network to go quiet, with the browser's clock, load event and resource timing stood in for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNetworkQuiet } from './network-quiet.ts';

type Callback = () => void;
let resourceSeen: Callback = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('document', { readyState: 'complete' });
  vi.stubGlobal('navigator', {});
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(callback: Callback) {
        resourceSeen = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Whether the promise has settled after the timers have run for `ms`. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('afterNetworkQuiet', () => {
  it('resolves once nothing has loaded for the quiet time after the page loaded', async () => {
    const quiet = afterNetworkQuiet(2000);
    expect(await settledAfter(quiet, 1999)).toBe(false);
    expect(await settledAfter(quiet, 1)).toBe(true);
  });

  it('waits again after each resource that finishes loading', async () => {
    const quiet = afterNetworkQuiet(2000);
    await vi.advanceTimersByTimeAsync(1500);
    resourceSeen();
    expect(await settledAfter(quiet, 1900)).toBe(false);
    expect(await settledAfter(quiet, 200)).toBe(true);
  });

  it('never resolves where the reader asked to save data', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    expect(await settledAfter(afterNetworkQuiet(2000), 60_000)).toBe(false);
  });
});
