import { describe, expect, it } from 'vitest';
import { stickyOffset } from './host-sticky.ts';

describe('stickyOffset', () => {
  it('leaves the panel in place while the story is below the host viewport’s top', () => {
    expect(stickyOffset(100, 400, 5000, 800)).toBe(0);
  });
  it('moves the panel down with the host viewport while the story passes', () => {
    expect(stickyOffset(1900, 400, 5000, 800)).toBe(1500);
  });
  it('stops at the end of the story, like position: sticky', () => {
    expect(stickyOffset(9000, 400, 5000, 800)).toBe(4200);
  });
});
