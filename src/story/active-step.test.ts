import { describe, expect, it } from 'vitest';
import { activeStepIndex, isInsideStory, readingLines, scrollToAnchor, stepAnchor } from './active-step.ts';

describe('activeStepIndex', () => {
  it.each([
    ['is the first step before any step reaches the trigger line', [500, 1300, 2100], 0],
    ['is the last step whose top has passed the trigger line', [-900, -100, 700], 1],
    ['counts a step whose top is exactly on the line', [-800, 480, 1280], 1],
    ['is the last step after a jump to the end, when every top is far above', [-9000, -8000, -7000], 2],
    ['is 0 for an empty list', [], 0],
  ])('%s', (_, tops, index) => {
    expect(activeStepIndex(tops, 480)).toBe(index);
  });
});

describe('isInsideStory', () => {
  it.each([
    ['is false while the first step is below the trigger line', [600, 1400], false],
    ['is true once the first step has reached it', [300, 1100], true],
    ['is false with no steps', [], false],
  ])('%s', (_, tops, inside) => {
    expect(isInsideStory(tops, 480)).toBe(inside);
  });
});

describe('readingLines', () => {
  it('puts the trigger 60 percent down a viewport with the graphic beside the steps', () => {
    expect(readingLines(800, 0)).toEqual({ trigger: 480, inside: 280 });
  });
  it('measures from below a graphic that sticks across the top, as on phones', () => {
    const { trigger, inside } = readingLines(667, 333);
    expect(trigger).toBeCloseTo(333 + 334 * 0.6);
    expect(inside).toBeCloseTo(333 + 334 * 0.35);
  });
  it('ignores a cover that has scrolled away above the viewport', () => {
    expect(readingLines(800, -50)).toEqual(readingLines(800, 0));
  });
});

describe('stepAnchor and scrollToAnchor', () => {
  it('keeps the reader as far through the same step when every step gets shorter', () => {
    // Steps 800 px apart, the reading line 480 px down, a quarter of the way into step 1.
    const anchor = stepAnchor([-520, 280, 1080], 1880, 480, 1);
    expect(anchor).toEqual({ index: 1, progress: 0.25 });
    // The window made shorter: the same scroll position now shows steps 600 px apart, line at 360 px.
    const by = scrollToAnchor([-390, 210, 810], 1410, 360, anchor);
    expect(by).toBe(210 + 0.25 * 600 - 360);
    const tops = [-390, 210, 810].map((top) => top - by);
    expect(activeStepIndex(tops, 360)).toBe(1);
  });

  it('asks for no scroll when nothing moved', () => {
    const anchor = stepAnchor([-100, 700], 1500, 480, 0);
    expect(scrollToAnchor([-100, 700], 1500, 480, anchor)).toBe(0);
  });

  it('measures the last step to its own bottom', () => {
    expect(stepAnchor([-1700, -900, -100], 700, 480, 2)).toEqual({ index: 2, progress: 580 / 800 });
  });

  it('asks for no scroll for a step that is no longer there', () => {
    expect(scrollToAnchor([0, 800], 1600, 480, { index: 5, progress: 0.5 })).toBe(0);
  });
});
