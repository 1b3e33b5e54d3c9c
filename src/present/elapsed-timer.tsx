// The presenter view's timer: time elapsed since the view opened, with pause and reset.
import { presentStrings } from '#src/lib/present-strings.ts';
import { formatElapsed, useElapsed } from './use-elapsed.ts';

const button = 'rounded-md border border-rule bg-panel px-[0.7em] py-[0.2em] font-semibold hover:border-ink';

export function ElapsedTimer() {
  const { elapsed, running, toggle, reset } = useElapsed();
  return (
    <div role="group" aria-label={presentStrings.elapsed} className="flex items-center gap-2">
      <span className="text-muted">{presentStrings.elapsed}</span>
      {/* Not live: a screen reader hearing every second would hear nothing else. */}
      <time data-elapsed className="min-w-[4ch] text-[1.4em] font-semibold tabular-nums">
        {formatElapsed(elapsed)}
      </time>
      <button type="button" className={button} onClick={toggle}>
        {running ? presentStrings.pause : presentStrings.resume}
      </button>
      <button type="button" className={button} onClick={reset}>
        {presentStrings.reset}
      </button>
    </div>
  );
}
