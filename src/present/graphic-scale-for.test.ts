import { describe, expect, it } from 'vitest';
import { graphicScaleFor } from './graphic-scale-for.ts';

describe('graphic scale in presentation', () => {
  it('draws a quarter larger up to 1280 px and grows with wider screens, to a limit', () => {
    expect(graphicScaleFor(1024, false)).toBe(1.25);
    expect(graphicScaleFor(1280, false)).toBe(1.25);
    expect(graphicScaleFor(1920, false)).toBe(1.88);
    expect(graphicScaleFor(4000, false)).toBe(2);
  });
  it('draws a third larger again in the projector theme', () => {
    expect(graphicScaleFor(1024, true)).toBe(1.67);
  });
});
