import { describe, expect, it } from 'vitest';
import { activeStepIndex, isInsideStory } from './active-step';

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
