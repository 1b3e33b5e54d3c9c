// Specs for the map's non-scaling strokes written out as plain widths in the drawing's units.
import { describe, expect, test } from 'vitest';
import { renderIn } from '#test/support/edition.ts';
import { elements } from '#test/support/markup.ts';
import { edition, frame, mapState, story } from '#test/support/map-test-data.ts';
import { MapSvg } from '#src/graphics/map/map-svg.tsx';
import { scaledStrokes, transformScale } from './scaled-strokes.ts';

describe('a non-scaling stroke', () => {
  test('inside a transform that halves lengths is written twice as wide, its dashes too', () => {
    const svg =
      '<svg><g transform="translate(10,20) scale(0.5)"><path d="M0 0" stroke-width="0.6" stroke-dasharray="2 1.5" vector-effect="non-scaling-stroke"></path></g></svg>';
    expect(scaledStrokes(svg)).toBe(
      '<svg><g transform="translate(10,20) scale(0.5)"><path d="M0 0" stroke-width="1.2" stroke-dasharray="4 3"></path></g></svg>',
    );
  });

  test('on an element with a transform of its own counts that too; one outside the transform keeps its width', () => {
    const svg =
      '<svg><g transform="scale(2)"></g><rect transform="scale(4)" stroke-width="2" vector-effect="non-scaling-stroke"/><path stroke-width="2" vector-effect="non-scaling-stroke"></path></svg>';
    expect(scaledStrokes(svg)).toBe(
      '<svg><g transform="scale(2)"></g><rect transform="scale(4)" stroke-width="0.5"/><path stroke-width="2"></path></svg>',
    );
  });

  test('on the map: every border is as wide in the drawing as the map asks, whatever the frame’s scale', () => {
    const svg = scaledStrokes(
      renderIn(edition, <MapSvg story={story} state={mapState('map-moscow')} width={568} height={426} frame={frame} />),
    );
    const [, scale = ''] = /<g transform="([^"]*scale\([^"]*)"/.exec(svg) ?? [];
    const countries = elements(svg, 'path').filter((path) => path.attrs['data-country']);
    expect(countries.length).toBeGreaterThan(50);
    for (const country of countries) expect(Number(country.attrs['stroke-width']) * transformScale(scale)).toBeCloseTo(0.6, 3);
    expect(svg).not.toContain('vector-effect');
  });
});
