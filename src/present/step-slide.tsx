// One step as a slide: the graphic large, the step's text beside it (landscape) or below it (portrait).
import { useLayoutEffect, useRef } from 'react';
import type { PageStory } from '#src/data/validate.ts';
import { GraphicPanel } from '#src/story/graphic-panel.tsx';
import { StepBody } from '#src/story/step-card.tsx';
import { kickerId } from '#src/lib/page-ids.ts';
import { useFitSlide } from './use-fit-slide.ts';

/**
 * The text is a box of its own that scrolls when it is longer than the screen (zoomed in, a small
 * phone): centred only while it fits ("safe"), so its first line is never out of reach above the box;
 * focusable, so the keyboard can scroll it (use-present-keys.ts); and back at its top for every slide.
 */
export function StepSlide({ story, index }: { story: PageStory; index: number }) {
  const text = useRef<HTMLElement>(null);
  const slide = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    text.current?.scrollTo({ top: 0, behavior: 'instant' });
  }, [index]);
  useFitSlide(slide, text, index);
  const step = story.steps[index];
  if (!step) return null;
  return (
    <div ref={slide} data-slide="step" className="grid h-full">
      <div data-slide-graphic className="relative min-h-0 min-w-0 py-[2vh] landscape:pl-[2vw]">
        <GraphicPanel story={story} stepIndex={index} />
      </div>
      <section
        ref={text}
        data-step-id={step.id}
        data-slide-scroll
        tabIndex={0}
        aria-current="step"
        aria-labelledby={kickerId(step.id)}
        className="min-h-0 overflow-auto px-[4vw] py-[2vh] focus-visible:-outline-offset-4 landscape:flex landscape:flex-col landscape:justify-center-safe landscape:pl-[2vw]"
      >
        <StepBody story={story} step={step} marks={false} />
      </section>
    </div>
  );
}
