// Specs for reading the host's viewport from a Pym.js parent's message: as pym.js sends it, within the sizes of a real screen, and nothing else.
import { describe, expect, it } from 'vitest';
import { parseViewportPosition } from './pym-message.ts';

describe('parseViewportPosition', () => {
  it('reads the host viewport and the iframe’s position, as pym.js sends them', () => {
    expect(parseViewportPosition('1280 800 -350.5 20 4650 700')).toEqual({
      viewport: { width: 1280, height: 800 },
      frame: { top: -350.5, left: 20, bottom: 4650, right: 700 },
    });
  });

  it.each([
    ['1 px tall', '1280 1', { width: 1280, height: 200 }],
    ['100,000 px tall', '1280 100000', { width: 1280, height: 2160 }],
    ['3 px wide and 99,999.5 px tall', '3 99999.5', { width: 200, height: 2160 }],
    ['100,000 px wide', '100000 800', { width: 10000, height: 800 }],
    ['at the smallest real size', '200 200', { width: 200, height: 200 }],
    ['a 4K screen', '3840 2160', { width: 3840, height: 2160 }],
  ])('brings a host viewport %s to what a real screen can be', (_, size, viewport) => {
    expect(parseViewportPosition(`${size} -350 0 4650 700`)).toEqual({ viewport, frame: { top: -350, left: 0, bottom: 4650, right: 700 } });
  });

  it.each([
    ['too few numbers', '1280 800 0 0 10'],
    ['too many numbers', '1280 800 0 0 10 10 10'],
    ['NaN and Infinity', 'NaN 800 0 0 Infinity 10'],
    ['numbers with units', '1280px 800 0 0 10 10'],
    ['a frame upside down', '1280 800 500 0 100 10'],
    ['a zero viewport', '0 0 0 0 10 10'],
    ['an absurd offset', '1280 800 -1e12 0 10 10'],
  ])('ignores %s', (_, message) => {
    expect(parseViewportPosition(message)).toBeNull();
  });

  it.each([[null], [undefined], [42], [{ type: 'width' }], ['x'.repeat(5000)]])('ignores non-messages (%s) without throwing', (data) => {
    expect(parseViewportPosition(data)).toBeNull();
  });
});
