// The presentation's controller, one for both windows: the projected slides (present-page.tsx) and the
// presenter view (presenter-page.tsx) show it differently, but move, black out and open dialogs alike.
import { useCallback, useMemo, useState } from 'react';
import type { PageStory } from '#src/data/validate.ts';
import { slideAfter, type PresentAction } from './slides.ts';
import { useSlide } from './use-slide.ts';
import { usePresentKeys } from './use-present-keys.ts';
import { useStepNumber } from './use-step-number.ts';
import { usePresentSync, type Shared } from './use-present-sync.ts';
import { presentPair } from './present-pair.ts';
import { toggleFullscreen } from './fullscreen.ts';
import { isPresenterView, openPresenter } from './open-presenter.ts';

export type PresentDialog = 'help' | 'overview';

/**
 * The slide (0 the title, 1…`count` the steps), kept in the address and in step with the paired window;
 * the projected screen's blackout, set from either window; the open dialog; the digits of a "number, then
 * Enter" jump. `act` does what a key, a button or a swipe asks; the keys are listened to here.
 */
export function usePresentation(story: PageStory) {
  const ids = useMemo(() => story.steps.map((s) => s.id), [story]);
  const count = ids.length;
  const [slide, setSlide] = useSlide(ids);
  const [blackout, setBlackout] = useState(false);
  const [pair] = useState(presentPair);
  const [dialog, setDialog] = useState<PresentDialog | null>(null);
  const adopt = useCallback(
    (shared: Shared) => {
      setSlide(Math.min(Math.max(shared.slide, 0), count));
      setBlackout(shared.blackout);
    },
    [setSlide, count],
  );
  usePresentSync(pair, { slide, blackout }, adopt);
  const act = useCallback(
    (action: PresentAction) => {
      switch (action) {
        case 'fullscreen':
        case 'presenter':
          // The projected window's: the presenter view is on the teacher's own screen already.
          if (isPresenterView()) return;
          return action === 'fullscreen' ? toggleFullscreen() : openPresenter(pair);
        case 'blackout':
          return setBlackout((on) => !on);
        case 'overview':
        case 'help':
          return setDialog(action);
        default:
          setSlide((from) => slideAfter(action, from, count));
      }
    },
    [setSlide, count, pair],
  );
  usePresentKeys(act);
  const typed = useStepNumber(count, setSlide);
  const closeDialog = useCallback(() => setDialog(null), []);
  return { count, slide, setSlide, blackout, pair, dialog, closeDialog, act, typed };
}
