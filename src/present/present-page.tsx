// Presentation mode (?mode=present): the story one step at a time, sized for a classroom projector.
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Story } from '@/data/validate';
import { ChartScale } from '@/charts/chart-scale';
import { loadDeferredFigures } from '@/story/figures/deferred-figures';
import { chartScaleFor } from './chart-scale-for';
import { slideAfter, slideLabel, type SlideMove } from './slides';
import { useSlide } from './use-slide';
import { usePresentKeys } from './use-present-keys';
import { useSwipe } from './use-swipe';
import { toggleFullscreen } from './fullscreen';
import { useProjectorTheme } from './use-projector-theme';
import { TitleSlide } from './title-slide';
import { StepSlide } from './step-slide';
import { SlideControls } from './slide-controls';

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const useScreenWidth = () => useSyncExternalStore(subscribeToResize, () => window.innerWidth, () => 1280);

export function PresentPage({ story }: { story: Story }) {
  const ids = useMemo(() => story.steps.map((s) => s.id), [story]);
  const steps = ids.length;
  const [slide, setSlide] = useSlide(ids);
  const [projector, toggleProjector] = useProjectorTheme();
  const root = useRef<HTMLDivElement>(null);
  const screenWidth = useScreenWidth();

  const move = useCallback(
    (to: SlideMove) => {
      if (to === 'fullscreen') toggleFullscreen();
      else setSlide((from) => slideAfter(to, from, steps));
    },
    [setSlide, steps],
  );
  usePresentKeys(move);
  useSwipe(root, move);

  // Every graphic may be needed at once (a jump with End), and there is no first-visit budget to keep here.
  useEffect(() => loadDeferredFigures(), []);

  const step = story.steps[slide - 1];
  const announcement = step ? `${slideLabel(slide, steps)}: ${step.kicker ?? story.meta.kicker}` : `${slideLabel(slide, steps)}: ${story.meta.headline}`;
  const exitHref = `${window.location.pathname}${step ? `#${step.id}` : ''}`;

  return (
    <ChartScale.Provider value={chartScaleFor(screenWidth, projector)}>
      <div ref={root} data-present className="fixed inset-0 flex flex-col bg-page text-ink" lang={story.language}>
        <main className="min-h-0 flex-1">{slide === 0 ? <TitleSlide story={story} /> : <StepSlide story={story} index={slide - 1} />}</main>
        <SlideControls
          slide={slide}
          steps={steps}
          onPrevious={() => move('previous')}
          onNext={() => move('next')}
          projector={projector}
          onProjector={toggleProjector}
          exitHref={exitHref}
        />
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
    </ChartScale.Provider>
  );
}
