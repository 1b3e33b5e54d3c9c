// Presentation mode (?mode=present): the story one step at a time, sized for a classroom projector.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PageStory } from '#src/data/validate.ts';
import { GraphicScale } from '#src/graphics/graphic-scale.ts';
import { loadDeferredGraphics } from '#src/story/deferred-graphics.ts';
import { graphicScaleFor } from './graphic-scale-for.ts';
import { useSwipe } from './use-swipe.ts';
import { useProjectorTheme } from './use-projector-theme.ts';
import { TitleSlide } from './title-slide.tsx';
import { StepSlide } from './step-slide.tsx';
import { SlideControls } from './slide-controls.tsx';
import { Blackout } from './blackout.tsx';
import { StepNumberHint } from './step-number-hint.tsx';
import { KeysDialog } from './keys-dialog.tsx';
import { Overview } from './overview.tsx';
import { isPresenterView, openPresenter } from './open-presenter.ts';
import { slideLabel } from './slides.ts';
import { usePresentation } from './use-presentation.ts';
import { PresenterPage } from './presenter-page.tsx';
import { useT } from '#src/edition/edition-context.tsx';

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const useScreenWidth = () =>
  useSyncExternalStore(
    subscribeToResize,
    () => window.innerWidth,
    () => 1280,
  );

/** The projected slides, or in the presenter's own window (?view=presenter) the presenter view. */
export function PresentPage({ story }: { story: PageStory }) {
  return isPresenterView() ? <PresenterPage story={story} /> : <Slides story={story} />;
}

function Slides({ story }: { story: PageStory }) {
  const t = useT();
  const { count, slide, setSlide, blackout, pair, dialog, closeDialog, act, typed } = usePresentation(story);
  const [projector, toggleProjector] = useProjectorTheme();
  const root = useRef<HTMLDivElement>(null);
  const screenWidth = useScreenWidth();
  useSwipe(root, act);

  // What the screen reader heard last about the screen itself, on which slide (a new slide is announced instead).
  const [notice, setNotice] = useState<{ slide: number; text: string } | null>(null);
  const [blackoutSeen, setBlackoutSeen] = useState(blackout);
  if (blackout !== blackoutSeen) {
    setBlackoutSeen(blackout);
    setNotice({ slide, text: blackout ? t('present.blackedOut') : t('present.screenBack') });
  }

  // Every graphic may be needed at once (a jump with End), and there is no first-visit budget to keep here.
  useEffect(() => loadDeferredGraphics(), []);

  const step = story.steps[slide - 1];
  const announcement =
    notice?.slide === slide
      ? notice.text
      : t('joins.labelled', {
          label: slideLabel(t, slide, count),
          text: step ? (step.kicker ?? story.meta.kicker) : story.meta.headline,
        });
  const exitHref = `${window.location.pathname}${step ? `#${step.id}` : ''}`;

  return (
    <GraphicScale.Provider value={graphicScaleFor(screenWidth, projector)}>
      <div ref={root} data-present className="fixed inset-0 flex flex-col bg-page text-ink" lang={story.language}>
        <main className="min-h-0 flex-1">{slide === 0 ? <TitleSlide story={story} /> : <StepSlide story={story} index={slide - 1} />}</main>
        <SlideControls
          slide={slide}
          count={count}
          onPrevious={() => act('previous')}
          onNext={() => act('next')}
          projector={projector}
          onProjector={toggleProjector}
          onPresenter={() => openPresenter(pair)}
          exitHref={exitHref}
        />
        <StepNumberHint typed={typed} />
        {dialog === 'help' && <KeysDialog onClose={closeDialog} />}
        {dialog === 'overview' && <Overview story={story} slide={slide} onGo={setSlide} onClose={closeDialog} />}
        {blackout && <Blackout />}
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
    </GraphicScale.Provider>
  );
}
