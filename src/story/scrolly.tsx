// The scrollytelling layout: the sticky graphic beside (desktop) or above (phone) the passing steps.
import { useCallback, useMemo, useRef } from 'react';
import type { Story } from '#src/data/validate.ts';
import { GraphicPanel } from './graphic-panel.tsx';
import { StepCard } from './step-card.tsx';
import { StepButtons } from './step-buttons.tsx';
import { useActiveStep, type ActiveStep } from './use-active-step.ts';
import { loadDeferredGraphics } from './deferred-graphics.ts';
import { useHostSticky } from '#src/embed/use-host-sticky.ts';
import { useStepHash } from './use-step-hash.ts';

export function Scrolly({ story }: { story: Story }) {
  const steps = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A step at or after the first that needs a deferred graphic (a deep link, a reload mid-story, a jump)
  // starts its download at once: the step's render waits for it in a transition, so it cannot wait for a
  // render to ask. A map step after them needs it too: the panel draws the graphics passed before it.
  const firstDeferred = useMemo(() => {
    const at = story.steps.findIndex((step) => story.graphicStates[step.state]?.graphic !== 'map');
    return at === -1 ? Infinity : at;
  }, [story]);
  const onMeasure = useCallback(
    ({ index }: ActiveStep) => {
      if (index >= firstDeferred) loadDeferredGraphics();
    },
    [firstDeferred],
  );
  const active = useActiveStep(steps, panel, onMeasure);
  const root = useRef<HTMLDivElement>(null);
  useHostSticky(root, panel);
  const ids = useMemo(() => story.steps.map((s) => s.id), [story]);
  useStepHash(ids, active);
  return (
    <div
      ref={root}
      className="relative mx-auto flex max-w-6xl flex-col wide:grid wide:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] wide:gap-10 wide:px-6"
    >
      {/* The steps come first in the document, the graphic after them: the keyboard and screen readers go from
          a step's text to its graphic's controls, as a reader does. On a phone the graphic is drawn above. */}
      <div ref={steps} className="relative px-4 pb-[calc(var(--story-vh)*30)] wide:px-0">
        {story.steps.map((step, i) => (
          <StepCard key={step.id} story={story} step={step} current={i === active.index} />
        ))}
        <StepButtons ids={ids} index={active.index} />
      </div>
      <div
        ref={panel}
        data-graphic-panel
        className="sticky top-0 z-10 order-first h-[calc(var(--story-vh)*50)] border-b border-rule bg-page wide:order-none wide:h-[calc(var(--story-vh)*100)] wide:self-start wide:border-b-0 wide:py-6"
      >
        <GraphicPanel story={story} stepIndex={active.index} />
      </div>
    </div>
  );
}
