// The scroll engine's rule, as pure functions: which step is current, given where the steps stand.

/** Where, as a fraction of the viewport's height from its top, a step's top must reach to become current. */
export const triggerFraction = 0.6;

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

/** Whether the reader has scrolled into the story: the first step's top has reached the trigger line. */
export function isInsideStory(tops: readonly number[], triggerY: number): boolean {
  const first = tops[0];
  return first !== undefined && first <= triggerY;
}
