// The scroll engine's rule, as pure functions: which step is current, given where the steps stand.

/** Where, as a fraction of the reading area's height from its top, a step's top must reach to become current. */
export const triggerFraction = 0.6;

/**
 * The part of the viewport where the steps are read: all of it beside a side-by-side graphic, or what
 * is left below a graphic that sticks across the top (phones). `coverBottom` is the bottom edge of
 * whatever sticks over the steps column (0 when nothing does).
 */
export function readingLines(viewportHeight: number, coverBottom: number) {
  const top = Math.min(Math.max(coverBottom, 0), viewportHeight);
  const height = viewportHeight - top;
  return { trigger: top + height * triggerFraction, inside: top + height * insideFraction };
}

/**
 * The index of the current step: the last one whose top has reached the trigger line. Before any has,
 * the first step is current (the graphic shows the story's opening state). Because it depends only on
 * positions, it is right after a fast fling, a jump, a reload or a resize, in either direction.
 * @param tops each step's top edge, in the same coordinates as `triggerY`, in document order
 */
export function activeStepIndex(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}

/**
 * How far up the viewport the first step's top must come before the reader counts as inside the story.
 * Higher than the trigger line, so that a page just opened, with the first card peeking in below the
 * headline, does not yet count (and does not yet write #first-step into the address).
 */
export const insideFraction = 0.35;

/** Whether the reader has scrolled into the story: the first step's top has reached `insideY`. */
export function isInsideStory(tops: readonly number[], insideY: number): boolean {
  const first = tops[0];
  return first !== undefined && first <= insideY;
}

/**
 * Where the reader stands in the current step: its index, and how much of the step (from its top to the
 * next step's, or its own bottom for the last) has passed the trigger line: from 0 to 1 while it is the
 * current step (more past the end of the last). Being a fraction, it survives a resize that changes every
 * step's height.
 */
export type StepAnchor = { index: number; progress: number };

/** The span of step `index`: from its top to the next step's top (to `lastBottom` for the last step). */
function span(tops: readonly number[], lastBottom: number, index: number): number {
  return (tops[index + 1] ?? lastBottom) - (tops[index] ?? 0);
}

/** The anchor of step `index`, given the steps' tops, the last step's bottom and the trigger line. */
export function stepAnchor(tops: readonly number[], lastBottom: number, triggerY: number, index: number): StepAnchor {
  const height = span(tops, lastBottom, index);
  return { index, progress: height > 0 ? (triggerY - (tops[index] ?? 0)) / height : 0 };
}

/**
 * How far to scroll down (negative: up) for the trigger line to stand at `anchor`'s place again, in the
 * same step at the same fraction of it, after the layout changed. That step stays the current one.
 */
export function scrollToAnchor(tops: readonly number[], lastBottom: number, triggerY: number, anchor: StepAnchor): number {
  const top = tops[anchor.index];
  if (top === undefined) return 0;
  return top + anchor.progress * span(tops, lastBottom, anchor.index) - triggerY;
}
