import { describe, expect, it } from 'vitest';
import { controlPoint, exitDistance, routeArc } from './route-arc.ts';

describe('route arc', () => {
  it('bows a westward route to its left, towards the bottom of the drawing', () => {
    const [, y] = controlPoint([200, 100], [0, 100]);
    expect(y).toBeGreaterThan(100);
  });

  it('bows a route running straight down to its left, east', () => {
    const [x] = controlPoint([100, 0], [100, 200]);
    expect(x).toBeGreaterThan(100);
  });

  it('measures the way out of a label box along a direction', () => {
    expect(exitDistance([10, 10], [1, 0], { x0: 0, y0: 0, x1: 30, y1: 20 })).toBe(20);
    expect(exitDistance([50, 10], [1, 0], { x0: 0, y0: 0, x1: 30, y1: 20 })).toBe(0);
  });

  it('writes a quadratic path rounded to one decimal', () => {
    expect(routeArc({ point: [200, 100], gap: 0 }, { point: [0, 100], gap: 0 })).toBe('M200,100Q100,144,0,100');
  });
});
