// The presenter's bar: previous and next, where we are, the presenter view, the projector theme, full screen, the way out.
import { slideLabel } from './slides.ts';
import { toggleFullscreen, useFullscreen } from './fullscreen.ts';
import { useT } from '#src/edition/edition-context.tsx';

type Props = {
  slide: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  projector: boolean;
  onProjector: () => void;
  onPresenter: () => void;
  /** The reader page at the same step. */
  exitHref: string;
};

const button =
  'rounded-md border border-rule bg-panel px-[0.9em] py-[0.4em] font-semibold hover:border-ink disabled:opacity-40 aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-page';

export function SlideControls({ slide, count, onPrevious, onNext, projector, onProjector, onPresenter, exitHref }: Props) {
  const t = useT();
  const fullscreen = useFullscreen();
  const canFullscreen = document.fullscreenEnabled;
  return (
    <nav
      aria-label={t('present.bar.label')}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-rule bg-page px-[2vw] py-[1vh] font-sans text-[length:clamp(16px,1.25vw,24px)]"
    >
      <button type="button" className={button} onClick={onPrevious} disabled={slide === 0}>
        {t('present.bar.previous')}
      </button>
      <span data-slide-label className="min-w-[8.5em] text-center tabular-nums">
        {slideLabel(t, slide, count)}
      </span>
      <button type="button" className={button} onClick={onNext} disabled={slide === count}>
        {t('present.bar.next')}
      </button>
      <span className="flex-1" />
      <button type="button" className={button} onClick={onPresenter}>
        {t('present.presenter')}
      </button>
      <button type="button" className={button} aria-pressed={projector} onClick={onProjector}>
        {t('present.bar.projector')}
      </button>
      {canFullscreen && (
        <button type="button" className={button} aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {t('present.bar.fullscreen')}
        </button>
      )}
      <a className="px-[0.5em] underline underline-offset-4" href={exitHref}>
        {t('present.bar.exit')}
      </a>
    </nav>
  );
}
