// The scroll engine: keeps the current step in React state, worked out from where the steps stand.
import { startTransition, useEffect, useState, type RefObject } from 'react';
import { hostViewport, type HostViewport } from '#src/embed/host-viewport.ts';
import { activeStepIndex, isInsideStory, readingLines } from './active-step.ts';

export type ActiveStep = {
  index: number;
  /** Whether the reader has reached the story (false above it, e.g. on the headline). */
  inside: boolean;
  /** False until the first measurement: before it, `index` is only the opening default. */
  measured: boolean;
};

const sameStep = (a: ActiveStep, b: ActiveStep) => a.index === b.index && a.inside === b.inside && a.measured === b.measured;

/** The bottom edge of a sticky graphic lying over the steps column (phones), or 0 beside it (desktop). */
function coverBottom(container: HTMLElement, cover: HTMLElement | null): number {
  if (!cover) return 0;
  const steps = container.getBoundingClientRect();
  const panel = cover.getBoundingClientRect();
  const overlaps = panel.left < steps.right && panel.right > steps.left;
  return overlaps ? panel.bottom : 0;
}

/**
 * Reads the steps' positions now. Steps are the container's `[data-step-id]` elements; `cover` is the
 * sticky graphic, whose bottom edge starts the reading area when it sticks across the top.
 */
export function measureActiveStep(container: HTMLElement, cover: HTMLElement | null, viewport?: HostViewport | null): ActiveStep {
  // Inside an embed whose host reports its viewport, positions are measured against the host's viewport.
  const { top, height } = viewport ?? { top: 0, height: window.innerHeight };
  const rects = Array.from(container.querySelectorAll('[data-step-id]'), (el) => el.getBoundingClientRect());
  const tops = rects.map((rect) => rect.top - top);
  const lines = readingLines(height, coverBottom(container, cover) - top);
  // Past the last step (in the sources, say) the reader has left the story.
  const lastBottom = (rects.at(-1)?.bottom ?? 0) - top;
  const inside = isInsideStory(tops, lines.inside) && lastBottom > lines.inside;
  return { index: activeStepIndex(tops, lines.trigger), inside, measured: true };
}

/**
 * Follows scrolling, resizing and layout changes (fonts, images, rotation) and returns the current step.
 * Work is coalesced to one measurement per animation frame, and React only re-renders when the
 * step changes, so a fling costs a few `getBoundingClientRect` calls a frame and nothing else.
 */
export function useActiveStep(
  container: RefObject<HTMLElement | null>,
  cover: RefObject<HTMLElement | null>,
  /** Told of every measurement before React renders it, e.g. to start loading what the step needs. */
  onMeasure?: (step: ActiveStep) => void,
): ActiveStep {
  const [active, setActive] = useState<ActiveStep>({ index: 0, inside: false, measured: false });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = measureActiveStep(element, cover.current, hostViewport.get());
      onMeasure?.(next);
      // A transition: if the new step needs a graphic whose code is still loading, React keeps showing the
      // current picture (instead of a fallback) until it arrives.
      startTransition(() => setActive((old) => (sameStep(old, next) ? old : next)));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    const unsubscribe = hostViewport.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [container, cover, onMeasure]);
  return active;
}
