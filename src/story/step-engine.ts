// The scroll engine, outside React: works out the current step from where the steps stand, marks it in the
// page (aria-current), keeps the address's #step-id with it, keeps the reader at their place in a step when
// the window changes size, and tells whoever listens (the graphic panel: src/story/steps-context.tsx).
import { hostViewport, type HostViewport } from '#src/embed/host-viewport.ts';
import { followHostViewport } from '#src/embed/host-sticky.ts';
import { replaceAddress } from '#src/lib/replace-address.ts';
import { activeStepIndex, isInsideStory, readingLines, scrollToAnchor, stepAnchor, type StepAnchor } from './active-step.ts';
import { scrollToStep, stepFromHash } from './step-hash.ts';

export type Reading = {
  index: number;
  /** Whether the reader has reached the story (false above it, e.g. on the headline). */
  inside: boolean;
  /** False until the first measurement: before it, `index` is only the opening default. */
  measured: boolean;
  /** The step the reader was last inside, kept when they scroll away (to the site's menu, say); null before. */
  last: string | null;
};

export type StepEngine = { get(): Reading; subscribe(listener: () => void): () => void };

/** Where a page starts, as the build prerenders it: at the first step, not yet read. */
export const opening: Reading = { index: 0, inside: false, measured: false, last: null };

/** A page with no steps to follow (the prerenderer, the presentation): always at the opening. */
export const stillEngine: StepEngine = { get: () => opening, subscribe: () => () => {} };

/** The bottom edge of a sticky graphic lying over the steps column (phones), or 0 beside it (desktop). */
function coverBottom(steps: HTMLElement, cover: HTMLElement | null): number {
  if (!cover) return 0;
  const column = steps.getBoundingClientRect();
  const panel = cover.getBoundingClientRect();
  const overlaps = panel.left < column.right && panel.right > column.left;
  return overlaps ? panel.bottom : 0;
}

/** Where the steps stand now, against the reading lines, in the viewport's coordinates. */
function readSteps(steps: HTMLElement, cover: HTMLElement | null, viewport: HostViewport | null) {
  // Inside an embed whose host reports its viewport, positions are measured against the host's viewport.
  // Otherwise against the layout viewport's height, which a phone's toolbar sliding in and out leaves
  // alone (as it leaves the steps' heights, in svh): the toolbar moves no step.
  const { top, height } = viewport ?? { top: 0, height: document.documentElement.clientHeight };
  const rects = Array.from(steps.querySelectorAll('[data-step-id]'), (el) => el.getBoundingClientRect());
  const tops = rects.map((rect) => rect.top - top);
  const lines = readingLines(height, coverBottom(steps, cover) - top);
  return { tops, lastBottom: (rects.at(-1)?.bottom ?? 0) - top, lines };
}

/**
 * Follows the story in `scrolly` (its `[data-steps]` column and `[data-graphic-panel]`). Work is coalesced to
 * one measurement per animation frame, and listeners hear only of a change of step, so a fling costs a few
 * `getBoundingClientRect` calls a frame and nothing else.
 *
 * Steps are as tall as a share of the window, while the scroll position is in pixels: a window made
 * shorter would leave the reader steps further on. So after every scroll the reader's place in the
 * current step is kept (a StepAnchor), and after a resize the page scrolls back to that place, before
 * the next paint: the same step, as far through it, the same address.
 *
 * @param ids the steps' ids, in order
 * @param onMeasure told of every measurement before listeners are, e.g. to start loading what the step needs
 */
export function startStepEngine(scrolly: HTMLElement, ids: readonly string[], onMeasure: (reading: Reading) => void): StepEngine {
  const steps = scrolly.querySelector<HTMLElement>('[data-steps]') ?? scrolly;
  const panel = scrolly.querySelector<HTMLElement>('[data-graphic-panel]');
  const listeners = new Set<() => void>();
  let reading = opening;
  let frame = 0;
  let anchor: StepAnchor | null = null;

  const show = (next: Reading) => {
    if (next.index !== reading.index || !reading.measured) {
      steps.querySelectorAll('[data-step-id]').forEach((element, i) => {
        if (i === next.index) element.setAttribute('aria-current', 'step');
        else element.removeAttribute('aria-current');
        // Tab goes from the step's text and receipts to its graphic's controls, as the reading does; other
        // steps' receipts are reached by moving to their step (screen readers reach them all as links).
        for (const mark of element.querySelectorAll('a[data-receipt]'))
          if (i === next.index) mark.removeAttribute('tabindex');
          else mark.setAttribute('tabindex', '-1');
      });
    }
    const changed = next.index !== reading.index || next.inside !== reading.inside || next.measured !== reading.measured;
    reading = next;
    if (!changed) return;
    const current = ids[next.index];
    // Outside the story, a fragment that names no step (#sources) is the reader's own: leave it.
    const hash = window.location.hash;
    if (next.inside || !hash || stepFromHash(hash, ids)) replaceAddress({ hash: next.inside && current ? `#${current}` : '' });
    for (const listener of listeners) listener();
  };

  const update = () => {
    frame = 0;
    const viewport = hostViewport.get();
    const { tops, lastBottom, lines } = readSteps(steps, panel, viewport);
    // Past the last step (in the sources, say) the reader has left the story.
    const inside = isInsideStory(tops, lines.inside) && lastBottom > lines.inside;
    const index = activeStepIndex(tops, lines.trigger);
    // Inside a Pym.js embed the host scrolls, not this page: there is nothing here to scroll back.
    anchor = inside && !viewport ? stepAnchor(tops, lastBottom, lines.trigger, index) : null;
    const next = { index, inside, measured: true, last: inside ? (ids[index] ?? reading.last) : reading.last };
    onMeasure(next);
    show(next);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  // Called as the size changes (resize event, ResizeObserver), after layout and before the paint.
  const keepStep = () => {
    if (anchor) {
      const { tops, lastBottom, lines } = readSteps(steps, panel, null);
      const by = scrollToAnchor(tops, lastBottom, lines.trigger, anchor);
      if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: 'instant' });
    }
    schedule();
  };

  // A prerendered page has already been scrolled to the step its address names by the browser (the step's
  // element has the id), and the reader may have moved on since: only a page at the top is moved.
  const target = stepFromHash(window.location.hash, ids);
  if (target && window.scrollY === 0) scrollToStep(target);
  window.addEventListener('hashchange', () => scrollToStep(stepFromHash(window.location.hash, ids) ?? undefined));
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', keepStep);
  new ResizeObserver(keepStep).observe(steps);
  hostViewport.subscribe(schedule);
  if (panel) followHostViewport(scrolly, panel);

  return {
    get: () => reading,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
