// Previous / next step buttons, for a plain iframe of fixed height where scrolling a small frame is
// awkward; shown only there (see index.css, [data-step-buttons]), and only over the story itself.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '#src/edition/edition-context.tsx';

type Props = {
  ids: readonly string[];
  index: number;
};

/** The pages that show the buttons: a plain iframe (an embed with no Pym.js parent), as index.css says. */
const plainEmbed = "html[data-mode='embed']:not([data-pym])";

function go(id: string | undefined) {
  if (id) document.querySelector(`[data-step-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
}

/**
 * Whether the story's steps (the column the buttons are in) run under the bottom of the window, where the
 * buttons sit: so they cover neither the page's header before the story nor the sources after it.
 */
function useOverStory(buttons: RefObject<HTMLElement | null>): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const story = buttons.current?.closest('[data-steps]');
    if (!story || !document.documentElement.matches(plainEmbed)) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const { top, bottom } = story.getBoundingClientRect();
      const edge = document.documentElement.clientHeight;
      setOver(top < edge && bottom >= edge);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [buttons]);
  return over;
}

export function StepButtons({ ids, index }: Props) {
  const t = useT();
  const buttons = useRef<HTMLDivElement>(null);
  const over = useOverStory(buttons);
  const button = 'rounded-full border border-rule bg-panel px-4 py-2 font-sans text-sm font-semibold shadow disabled:opacity-40';
  return (
    <div ref={buttons} data-step-buttons hidden={!over} className="fixed right-3 bottom-3 z-20 gap-2">
      <button type="button" className={button} disabled={index <= 0} onClick={() => go(ids[index - 1])}>
        {t('step.previous')}
      </button>
      <button type="button" className={button} disabled={index >= ids.length - 1} onClick={() => go(ids[index + 1])}>
        {t('step.next')}
      </button>
    </div>
  );
}
