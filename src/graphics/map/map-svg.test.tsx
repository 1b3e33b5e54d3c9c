import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { strings } from '#src/lib/strings.ts';
import { svgNameIds } from '#src/graphics/svg-names.ts';
import { MapSvg } from './map-svg.tsx';
import { frame, mapState, story } from './test-data.ts';

const render = (key: string, props: { frame?: typeof frame; failed?: boolean } = {}) =>
  renderToStaticMarkup(<MapSvg story={story} state={mapState(key)} width={320} height={280} frame={props.frame} failed={props.failed} />);

describe('map svg', () => {
  it('is an image named by the graphic title and described by the state', () => {
    const html = render('map-moscow', { frame });
    const { titleId, descId } = svgNameIds(html);
    expect(html).toMatch(/^<svg role="img"/);
    expect(html).toContain(`<title id="${titleId}">${story.graphics.map.title}</title>`);
    expect(html).toContain(`<desc id="${descId}">${mapState('map-moscow').description}</desc>`);
    expect(html).toContain('viewBox="0 0 320 280"');
  });

  it("marks Russia's path and the highlighted places for the map-moscow state", () => {
    const html = render('map-moscow', { frame });
    expect(html).toMatch(/<path d="[^"]+" data-country="643" data-highlighted="true"/);
    expect(html).toMatch(/<path d="[^"]+" data-country="156" data-highlighted="false"/);
    expect(html).toMatch(/<text [^>]*data-place="russia" data-highlighted="true"/);
    expect(html).toMatch(/<circle [^>]*data-place="moscow" data-highlighted="true"/);
    expect(html).not.toContain('data-route=');
    expect(html).not.toContain(strings.mapLoading);
  });

  it("draws Li Hui's route from Russia into China with its arrowhead, and the note that names whose claim it is", () => {
    const html = render('map-china-russia', { frame });
    expect(html).toMatch(/data-route="russia china" data-person="li-hui"[^>]*marker-end="url\(#/);
    expect(html).toMatch(/<text [^>]*data-map-note="true"[^>]*>.*Li Hui/);
  });

  it("fits the frame's paths with one transform, their strokes in CSS px and no inline styles (the CSP forbids them)", () => {
    const html = render('map-moscow', { frame });
    expect(html).toMatch(/<g transform="translate\([\d.]+,[\d.]+\) scale\(0\.\d+\)"><path d="M[^"]+" class="fill-none stroke-rule"/);
    const countryPaths = html.match(/<path d="[^"]+" data-country=/g) ?? [];
    expect(countryPaths).toHaveLength(frame.countries.length);
    // The graticule, every country's fill, and an outline for each highlighted country only.
    const highlighted = html.match(/data-country="[^"]+" data-highlighted="true"/g) ?? [];
    expect(highlighted.length).toBeGreaterThan(0);
    expect(html.match(/vector-effect="non-scaling-stroke"/g)).toHaveLength(1 + frame.countries.length + highlighted.length);
    expect(html).not.toContain('style=');
  });

  it('draws places and routes with a loading message before the geometry arrives', () => {
    const html = render('map-china-russia');
    expect(html).toContain(strings.mapLoading);
    expect(html).not.toContain('data-country');
    expect(html).toMatch(/<text [^>]*data-place="russia" data-highlighted="true"/);
    expect(html.match(/data-route=/g)).toHaveLength(1);
  });

  it('says so when the geometry failed to load', () => {
    expect(render('map-china', { failed: true })).toContain(strings.mapFailed);
  });
});

describe('map svg snapshot', () => {
  it('draws the map-china-russia marks at 320×280 before the geometry arrives', () => {
    expect(render('map-china-russia').replace(/<path d="[^"]{200,}"/g, '<path d="…"')).toMatchSnapshot();
  });
});
