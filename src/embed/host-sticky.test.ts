import { describe, expect, it } from 'vitest';
import { stickyOffset } from './host-sticky.ts';

describe('stickyOffset', () => {
  it.each([
    ['leaves the panel in place while the story is below the host viewport’s top', 100, 0],
    ['moves the panel down with the host viewport while the story passes', 1900, 1500],
    ['stops at the end of the story, like position: sticky', 9000, 4200],
  ])('%s', (_, viewportTop, offset) => {
    expect(stickyOffset(viewportTop, 400, 5000, 800)).toBe(offset);
  });
});
