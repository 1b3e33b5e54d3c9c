// The scrollytelling layout: the sticky graphic beside (desktop) or above (phone) the passing steps.
import { useMemo, useRef } from 'react';
import type { Story } from '@/data/validate';
import { GraphicPanel } from './graphic-panel';
import { StepCard } from './step-card';
import { useActiveStep } from './use-active-step';
import { useStepHash } from './use-step-hash';

export function Scrolly({ story }: { story: Story }) {
  const steps = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const active = useActiveStep(steps, panel);
  const ids = useMemo(() => story.steps.map((s) => s.id), [story]);
  useStepHash(ids, active);
  return (
    <div className="relative mx-auto max-w-6xl md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] md:gap-10 md:px-6">
      <div ref={panel} className="sticky top-0 z-10 h-[50svh] border-b border-rule bg-page md:order-2 md:h-svh md:self-start md:border-b-0 md:py-6">
        <GraphicPanel story={story} stepIndex={active.index} />
      </div>
      <div ref={steps} className="relative px-4 pb-[30svh] md:order-1 md:px-0">
        {story.steps.map((step, i) => (
          <StepCard key={step.id} story={story} step={step} current={i === active.index} />
        ))}
      </div>
    </div>
  );
}
