// The presenter's elapsed time: running from when the view opens, paused and reset at will.
import { useEffect, useState } from 'react';

type Clock = { since: number | null; banked: number };

/** Milliseconds elapsed, whether it is running, and its controls; redraws once a second while it runs. */
export function useElapsed() {
  const [clock, setClock] = useState<Clock>(() => ({ since: Date.now(), banked: 0 }));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (clock.since === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [clock.since]);
  const running = clock.since !== null;
  const elapsed = clock.banked + (clock.since === null ? 0 : Math.max(0, now - clock.since));
  return {
    elapsed,
    running,
    toggle: () => {
      const at = Date.now();
      setNow(at);
      setClock((c) => (c.since === null ? { since: at, banked: c.banked } : { since: null, banked: c.banked + at - c.since }));
    },
    reset: () => {
      const at = Date.now();
      setNow(at);
      setClock((c) => ({ since: c.since === null ? null : at, banked: 0 }));
    },
  };
}

/** "4:07", or "1:02:09" past the hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
