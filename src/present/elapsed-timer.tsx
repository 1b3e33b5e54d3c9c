// The presenter view's timer: time elapsed since the view opened, with pause and reset.
import { formatElapsed, useElapsed } from './use-elapsed.ts';
import { useT } from '#src/edition/edition-context.tsx';

const button = 'rounded-md border border-rule bg-panel px-[0.7em] py-[0.2em] font-semibold hover:border-ink';

export function ElapsedTimer() {
  const t = useT();
  const { elapsed, running, toggle, reset } = useElapsed();
  return (
    <div role="group" aria-label={t('present.elapsed')} className="flex items-center gap-2">
      <span className="text-muted">{t('present.elapsed')}</span>
      {/* Not live: a screen reader hearing every second would hear nothing else. */}
      <time data-elapsed className="min-w-[4ch] text-[1.4em] font-semibold tabular-nums">
        {formatElapsed(elapsed)}
      </time>
      <button type="button" className={button} onClick={toggle}>
        {running ? t('present.pause') : t('present.resume')}
      </button>
      <button type="button" className={button} onClick={reset}>
        {t('present.reset')}
      </button>
    </div>
  );
}
