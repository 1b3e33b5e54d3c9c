// Render specs for the map's SVG: its marks in each state, the frame's fit, and one normalized snapshot.
import { describe, expect, it } from 'vitest';
import { MapSvg } from './map-svg.tsx';
import { edition, frame, mapState, routeState, story } from '#test/support/map-test-data.ts';
import { renderIn, wordsOf } from '#test/support/edition.ts';
import { elements } from '#test/support/markup.ts';
import { normalizeSvg } from '#test/support/normalize-svg.ts';

const { t } = wordsOf(edition);

// The story's map states by key; "route" is a state with a route (the story's own draw none).
const render = (key: string, props: { frame?: typeof frame; failed?: boolean } = {}) =>
  renderIn(
    edition,
    <MapSvg
      story={story}
      state={key === 'route' ? routeState : mapState(key)}
      width={320}
      height={280}
      frame={props.frame}
      failed={props.failed}
    />,
  );

/** Whether the `tag` element whose `attr` is `value` is drawn highlighted (its data-highlighted). */
const marked = (html: string, tag: string, attr: string, value: string) =>
  elements(html, tag).find((el) => el.attrs[attr] === value)?.attrs['data-highlighted'];
/** The route arcs drawn: from and to, whose claim, and whether an arrowhead ends them. */
const routes = (html: string) =>
  elements(html, 'path')
    .filter((p) => 'data-route' in p.attrs)
    .map((p) => ({ route: p.attrs['data-route'], person: p.attrs['data-person'], arrowhead: /^url\(#/.test(p.attrs['marker-end'] ?? '') }));
/** The map's note, as its lines read together. */
const note = (html: string) => elements(html, 'text').find((el) => 'data-map-note' in el.attrs)?.text ?? '';

describe('map svg', () => {
  it("marks Russia's path and the highlighted places for the map-moscow state", () => {
    const html = render('map-moscow', { frame });
    expect(marked(html, 'path', 'data-country', '643')).toBe('true');
    expect(marked(html, 'path', 'data-country', '156')).toBe('false');
    expect(marked(html, 'text', 'data-place', 'russia')).toBe('true');
    expect(marked(html, 'circle', 'data-place', 'moscow')).toBe('true');
    expect(routes(html)).toEqual([]);
    expect(html).not.toContain(t('mapLoading'));
  });

  it("draws a route (Li Hui's, from Russia into China) with its arrowhead, and the note that names whose claim it is", () => {
    const html = render('route', { frame });
    expect(routes(html)).toEqual([{ route: 'russia china', person: 'li-hui', arrowhead: true }]);
    expect(note(html)).toContain('Li Hui');
  });

  it("fits the frame's paths with one transform, and sets no inline style (the CSP forbids them)", () => {
    const html = render('map-moscow', { frame });
    const transforms = elements(html, 'g').flatMap((g) => g.attrs.transform ?? []);
    expect(transforms).toEqual([expect.stringMatching(/^translate\([\d.]+,[\d.]+\) scale\(0\.\d+\)$/)]);
    const paths = elements(html, 'path');
    const countries = paths.filter((path) => 'data-country' in path.attrs);
    expect(countries).toHaveLength(frame.countries.length);
    // The graticule, every country's fill, every disputed area, and an outline for each highlighted country only.
    const highlighted = countries.filter((path) => path.attrs['data-highlighted'] === 'true');
    expect(highlighted.length).toBeGreaterThan(0);
    const disputed = paths.filter((path) => 'data-disputed' in path.attrs);
    expect(disputed).toHaveLength(frame.disputed.length);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('draws no arrow for map-china-russia, which ranks neither of Li Hui’s two points', () => {
    const html = render('map-china-russia', { frame });
    expect(routes(html)).toEqual([]);
    expect(note(html)).toContain('Li Hui');
  });

  it('hatches each disputed area with its tooltip, outside every highlighted country, and says so in a legend', () => {
    const html = render('map-moscow', { frame });
    const paths = elements(html, 'path');
    const disputed = paths.filter((path) => 'data-disputed' in path.attrs);
    expect(disputed.map((p) => p.attrs['data-disputed'])).toEqual(frame.disputed.map((a) => a.id));
    expect(disputed.find((p) => p.attrs['data-disputed'] === 'B89')?.text).toBe(
      'Crimea: disputed (administered by Russia; claimed by Ukraine)',
    );
    for (const p of disputed) expect(p.attrs['stroke-dasharray'], p.attrs['data-disputed']).toBeTruthy();
    expect(elements(html, 'g').find((g) => 'data-disputed-areas' in g.attrs)?.attrs.fill).toMatch(/^url\(#/);
    // The highlighted outlines are Russia's own path, which holds no disputed area.
    const russia = paths.find((p) => p.attrs['data-country'] === '643')!.attrs.d;
    const outlines = elements(elements(html, 'g').find((g) => g.attrs['aria-hidden'] === 'true')!.inner, 'path');
    expect(outlines.map((p) => p.attrs.d)).toEqual([russia]);
    const legend = elements(html, 'g').find((g) => 'data-map-legend' in g.attrs)!;
    expect(
      elements(legend.inner, 'tspan')
        .map((line) => line.text)
        .join(' '),
    ).toBe(t('mapDisputed'));
    expect(elements(legend.inner, 'rect')[0]?.attrs.fill).toMatch(/^url\(#/);
  });

  it('draws places and routes with a loading message before the geometry arrives', () => {
    const html = render('route');
    expect(html).toContain(t('mapLoading'));
    expect(elements(html, 'path').filter((p) => 'data-country' in p.attrs)).toEqual([]);
    expect(marked(html, 'text', 'data-place', 'russia')).toBe('true');
    expect(routes(html)).toHaveLength(1);
  });

  it('says so when the geometry failed to load', () => {
    expect(render('map-china', { failed: true })).toContain(t('mapFailed'));
  });
});

describe('map svg snapshot', () => {
  it('draws the map-china-russia marks at 320×280 before the geometry arrives', () => {
    expect(normalizeSvg(render('route').replace(/<path d="[^"]{200,}"/g, '<path d="…"'))).toMatchSnapshot();
  });
});
