import { describe, expect, it } from 'vitest';
import { isValidChildId, makePymMessage, parsePymMessage } from './pym-message.ts';

const id = 'example-graphic';

describe('makePymMessage', () => {
  it('speaks the Pym.js format', () => {
    expect(makePymMessage(id, 'height', '1200')).toBe('pymxPYMxexample-graphicxPYMxheightxPYMx1200');
  });
});

describe('parsePymMessage', () => {
  it('reads the parent’s width', () => {
    expect(parsePymMessage('pymxPYMxexample-graphicxPYMxwidthxPYMx640', id)).toEqual({ type: 'width', width: 640 });
  });

  it('reads the host viewport and the iframe’s position, as pym.js sends them', () => {
    expect(parsePymMessage('pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx1280 800 -350.5 20 4650 700', id)).toEqual({
      type: 'viewport-iframe-position',
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
    const message = parsePymMessage(`pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx${size} -350 0 4650 700`, id);
    expect(message).toEqual({ type: 'viewport-iframe-position', viewport, frame: { top: -350, left: 0, bottom: 4650, right: 700 } });
  });

  it.each([
    ['another frame’s id', 'pymxPYMxother-graphicxPYMxwidthxPYMx640'],
    ['an id that only starts like ours', 'pymxPYMxexample-graphic-2xPYMxwidthxPYMx640'],
    ['an unknown type', 'pymxPYMxexample-graphicxPYMxnavigateToxPYMxjavascript:alert(1)'],
    ['a type the child sends, not the parent', 'pymxPYMxexample-graphicxPYMxheightxPYMx100'],
    ['a width that is not a number', 'pymxPYMxexample-graphicxPYMxwidthxPYMx640px'],
    ['a negative width', 'pymxPYMxexample-graphicxPYMxwidthxPYMx-5'],
    ['an absurd width', 'pymxPYMxexample-graphicxPYMxwidthxPYMx1e9'],
    ['too few numbers', 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx1280 800 0 0 10'],
    ['too many numbers', 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx1280 800 0 0 10 10 10'],
    ['NaN and Infinity', 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMxNaN 800 0 0 Infinity 10'],
    ['a frame upside down', 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx1280 800 500 0 100 10'],
    ['a zero viewport', 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx0 0 0 0 10 10'],
    ['an extra delimiter', 'pymxPYMxexample-graphicxPYMxwidthxPYMx640xPYMx1'],
    ['no type', 'pymxPYMxexample-graphicxPYMxxPYMx640'],
    ['another library’s message', '{"type":"resize","height":400}'],
  ])('ignores %s', (_, message) => {
    expect(parsePymMessage(message, id)).toBeNull();
  });

  it.each([[null], [undefined], [42], [{ type: 'width' }], [['pym']], ['x'.repeat(5000)]])(
    'ignores non-messages (%s) without throwing',
    (data) => {
      expect(parsePymMessage(data, id)).toBeNull();
    },
  );

  it('treats a child id with regular-expression characters literally', () => {
    expect(parsePymMessage('pymxPYMxaaaxPYMxwidthxPYMx640', 'a.+')).toBeNull();
    expect(isValidChildId('a.+')).toBe(false);
  });
});
