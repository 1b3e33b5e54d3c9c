// The scroll engine: keeps the current step in React state, worked out from where the steps stand, and
// keeps the reader at that step when the window or the layout changes size.
import { startTransition, useEffect, useState, type RefObject } from 'react';
import { hostViewport, type HostViewport } from '#src/embed/host-viewport.ts';
import { activeStepIndex, isInsideStory, readingLines, scrollToAnchor, stepAnchor, type StepAnchor } from './active-step.ts';

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

/** Where the steps stand now, against the reading lines, in the viewport's coordinates. */
function readSteps(container: HTMLElement, cover: HTMLElement | null, viewport?: HostViewport | null) {
  // Inside an embed whose host reports its viewport, positions are measured against the host's viewport.
  // Otherwise against the layout viewport's height, which a phone's toolbar sliding in and out leaves
  // alone (as it leaves the steps' heights, in svh): the toolbar moves no step.
  const { top, height } = viewport ?? { top: 0, height: document.documentElement.clientHeight };
  const rects = Array.from(container.querySelectorAll('[data-step-id]'), (el) => el.getBoundingClientRect());
  const tops = rects.map((rect) => rect.top - top);
  const lines = readingLines(height, coverBottom(container, cover) - top);
  return { tops, lastBottom: (rects.at(-1)?.bottom ?? 0) - top, lines };
}

function activeFrom({ tops, lastBottom, lines }: ReturnType<typeof readSteps>): ActiveStep {
  // Past the last step (in the sources, say) the reader has left the story.
  const inside = isInsideStory(tops, lines.inside) && lastBottom > lines.inside;
  return { index: activeStepIndex(tops, lines.trigger), inside, measured: true };
}

/**
 * Reads the steps' positions now. Steps are the container's `[data-step-id]` elements; `cover` is the
 * sticky graphic, whose bottom edge starts the reading area when it sticks across the top.
 */
export function measureActiveStep(container: HTMLElement, cover: HTMLElement | null, viewport?: HostViewport | null): ActiveStep {
  return activeFrom(readSteps(container, cover, viewport));
}

/**
 * Follows scrolling, resizing and layout changes (fonts, images, rotation) and returns the current step.
 * Work is coalesced to one measurement per animation frame, and React only re-renders when the
 * step changes, so a fling costs a few `getBoundingClientRect` calls a frame and nothing else.
 *
 * Steps are as tall as a share of the window, while the scroll position is in pixels: a window made
 * shorter would leave the reader steps further on. So after every scroll the reader's place in the
 * current step is kept (a StepAnchor), and after a resize the page scrolls back to that place, before
 * the next paint: the same step, as far through it, the same address.
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
    let anchor: StepAnchor | null = null;
    const update = () => {
      frame = 0;
      const steps = readSteps(element, cover.current, hostViewport.get());
      const next = activeFrom(steps);
      // Inside a Pym.js embed the host scrolls, not this page: there is nothing here to scroll back.
      anchor = next.inside && !hostViewport.get() ? stepAnchor(steps.tops, steps.lastBottom, steps.lines.trigger, next.index) : null;
      onMeasure?.(next);
      // A transition: if the new step needs a graphic whose code is still loading, React keeps showing the
      // current picture (instead of a fallback) until it arrives.
      startTransition(() => setActive((old) => (sameStep(old, next) ? old : next)));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    // Called as the size changes (resize event, ResizeObserver), after layout and before the paint.
    const keepStep = () => {
      if (anchor) {
        const { tops, lastBottom, lines } = readSteps(element, cover.current, null);
        const by = scrollToAnchor(tops, lastBottom, lines.trigger, anchor);
        if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: 'instant' });
      }
      schedule();
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', keepStep);
    const observer = new ResizeObserver(keepStep);
    observer.observe(element);
    const unsubscribe = hostViewport.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', keepStep);
      observer.disconnect();
    };
  }, [container, cover, onMeasure]);
  return active;
}
