import { describe, expect, it } from 'vitest';
import { activeStepIndex, isInsideStory, readingLines } from './active-step.ts';

describe('activeStepIndex', () => {
  it('is the first step before any step reaches the trigger line', () => {
    expect(activeStepIndex([500, 1300, 2100], 480)).toBe(0);
  });
  it('is the last step whose top has passed the trigger line', () => {
    expect(activeStepIndex([-900, -100, 700], 480)).toBe(1);
  });
  it('counts a step whose top is exactly on the line', () => {
    expect(activeStepIndex([-800, 480, 1280], 480)).toBe(1);
  });
  it('is the last step after a jump to the end, when every top is far above', () => {
    expect(activeStepIndex([-9000, -8000, -7000], 480)).toBe(2);
  });
  it('is 0 for an empty list', () => {
    expect(activeStepIndex([], 480)).toBe(0);
  });
});

describe('isInsideStory', () => {
  it('is false while the first step is below the trigger line', () => {
    expect(isInsideStory([600, 1400], 480)).toBe(false);
  });
  it('is true once the first step has reached it', () => {
    expect(isInsideStory([300, 1100], 480)).toBe(true);
  });
  it('is false with no steps', () => {
    expect(isInsideStory([], 480)).toBe(false);
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
