import { describe, expect, it } from 'vitest';
import { chartScaleFor } from './chart-scale-for';

describe('chart scale in presentation', () => {
  it('draws a quarter larger up to 1280 px and grows with wider screens, to a limit', () => {
    expect(chartScaleFor(1024, false)).toBe(1.25);
    expect(chartScaleFor(1280, false)).toBe(1.25);
    expect(chartScaleFor(1920, false)).toBe(1.88);
    expect(chartScaleFor(4000, false)).toBe(2);
  });
  it('draws a third larger again in the projector theme', () => {
    expect(chartScaleFor(1024, true)).toBe(1.67);
  });
});
