// Draws the map for one step from its layout: pure rendering, given the map frame (or none while it loads).
import { memo, useMemo } from 'react';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import type { MapFrame } from './frame-format.ts';
import { mapLayout, swatchRoom, type NoteMark } from './layout.ts';
import { dotRadius } from './labels.ts';
import { GraphicSvg } from '#src/graphics/graphic-svg.tsx';
import { graphicPartId } from '#src/lib/page-ids.ts';
import { useEdition, useT, useTypesetter } from '#src/edition/edition-context.tsx';
import { haloClass, mapHaloWidth } from '#src/graphics/halo.ts';

export type MapSvgProps = DrawingProps<'map'> & {
  /** The countries and graticule to draw; undefined while they load (or if that failed): places and routes still draw. */
  frame: MapFrame | undefined;
  /** Whether loading the geometry failed; shows mapFailed instead of mapLoading. Default false. */
  failed?: boolean;
};

const halo = `font-sans ${haloClass}`;
// Marks that arrive with a step fade in (CSS @starting-style); graphic-motion turns that off for reduced motion.
const fadeIn = 'graphic-motion opacity-100 starting:opacity-0';

/** The note's or the legend's lines, fading in with the step, on the labels' halo. */
function KeyText({ mark, ...data }: { mark: NoteMark; 'data-map-note'?: boolean }) {
  return (
    <text
      x={mark.x}
      y={mark.y}
      dominantBaseline="central"
      fontSize={mark.fontSize}
      {...data}
      strokeWidth={mapHaloWidth}
      className={`${fadeIn} ${halo} fill-ink`}
    >
      {mark.lines.map((line, i) => (
        <tspan key={i} x={mark.x} dy={i === 0 ? 0 : mark.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type CountryProps = { id: string; name: string; d: string; highlighted: boolean };

/** One country, memoised: a step change re-renders only the countries whose highlight changed. */
const CountryPath = memo(function CountryPath({ id, name, d, highlighted }: CountryProps) {
  return (
    <path
      d={d}
      data-country={id}
      data-highlighted={highlighted}
      className={`graphic-motion stroke-land-edge ${highlighted ? 'fill-accent-soft' : 'fill-land'}`}
      strokeWidth={0.6}
      vectorEffect="non-scaling-stroke"
    >
      {name && <title>{name}</title>}
    </path>
  );
});

// Disputed areas' outline: dashed, in the mark colour, so it never reads as a country's border.
const dashed = { className: 'stroke-mark', strokeWidth: 0.8, strokeDasharray: '2 1.5', vectorEffect: 'non-scaling-stroke' } as const;

/**
 * The map as an <svg role="img"> named by the graphic's title and described by the step's description.
 * Everything inside is presentational: the description and the table carry the content for screen readers.
 * Highlighted countries differ without colour too: a thicker outline drawn above their neighbours.
 * Disputed areas (the border policy, data/map/README.md) are hatched, shaded as no country's.
 */
export function MapSvg({ story, state, width, height, frame, failed = false }: MapSvgProps) {
  const arrowId = graphicPartId('map', 'arrow');
  const hatchId = graphicPartId('map', 'hatch');
  const t = useT();
  const { map } = useEdition();
  const type = useTypesetter();
  const legend = t('mapDisputed');
  const layout = useMemo(
    () => mapLayout(frame, story.places, { width, height }, state, { map, type, legend }),
    [frame, story.places, width, height, state, map, type, legend],
  );

  return (
    <GraphicSvg story={story} state={state} width={width} height={height} className="block">
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" className="fill-accent" />
        </marker>
        {/* Diagonal hatching, 5 CSS px apart in the mark colour over the land's, for the disputed areas: neutral in
            every theme and in print, never the highlight's colour. Scaled to undo the frame's scale, which
            whatever it fills (the areas, the legend's swatch) is drawn at. */}
        {layout.disputed.length > 0 && (
          <pattern
            id={hatchId}
            width={5}
            height={5}
            patternUnits="userSpaceOnUse"
            patternTransform={`scale(${1 / layout.scale}) rotate(45)`}
          >
            <rect width={5} height={5} className="fill-land" />
            <path d="M0,0V5" className="stroke-mark" strokeWidth={1.5} />
          </pattern>
        )}
      </defs>
      {/* The build projected these paths into its reference frame; one transform fits them to the drawing. */}
      <g transform={layout.transform}>
        {layout.graticule && (
          <path d={layout.graticule} className="fill-none stroke-rule" strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
        )}
        {/* Keyed on whether the countries are there: when they arrive, React builds the group with its
            132 paths off the page and inserts it once; adding each path to the page's group one by one
            took tens of milliseconds on a slow phone. */}
        <g key={layout.countries.length > 0 ? 'countries' : 'no-countries'}>
          {layout.countries.map((c) => (
            <CountryPath key={c.id} id={c.id} name={c.name} d={c.d} highlighted={c.highlighted} />
          ))}
        </g>
        {/* The disputed areas, which no country's fill or outline includes. */}
        {layout.disputed.length > 0 && (
          <g data-disputed-areas fill={`url(#${hatchId})`}>
            {layout.disputed.map((a) => (
              <path key={a.id} d={a.d} data-disputed={a.id} {...dashed}>
                <title>{a.name}</title>
              </path>
            ))}
          </g>
        )}
        {/* Outlines only for the highlighted countries: a step change touches a handful of paths, not all. */}
        <g aria-hidden="true" className="pointer-events-none">
          {layout.countries
            .filter((c) => c.highlighted)
            .map((c) => (
              <path
                key={c.id}
                d={c.d}
                className={`${fadeIn} fill-none stroke-accent`}
                strokeWidth={1.6}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
            ))}
        </g>
      </g>
      {layout.routes.map((r) => (
        <g key={`${r.from}-${r.to}`} className={`${fadeIn} fill-none`} strokeLinecap="round">
          {/* A casing in the page colour lifts the route off borders and outlines of the same hue. */}
          <path d={r.d} className="stroke-page" strokeWidth={5} strokeOpacity={0.85} />
          <path
            d={r.d}
            data-route={`${r.from} ${r.to}`}
            data-person={r.person ?? undefined}
            markerEnd={`url(#${arrowId})`}
            className="stroke-accent"
            strokeWidth={2}
            strokeDasharray="5 3"
          />
        </g>
      ))}
      {layout.points.map((p) => (
        <circle
          key={p.id}
          cx={p.x}
          cy={p.y}
          r={dotRadius}
          data-place={p.id}
          data-highlighted={p.highlighted}
          className={`${fadeIn} stroke-page ${p.highlighted ? 'fill-accent' : 'fill-ink'}`}
          strokeWidth={1.5}
        />
      ))}
      {layout.labels.map((l) => (
        <text
          key={l.id}
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          dominantBaseline="central"
          fontSize={l.fontSize}
          data-place={l.id}
          data-highlighted={l.highlighted}
          strokeWidth={mapHaloWidth}
          className={`${fadeIn} ${halo} ${l.highlighted ? 'fill-ink font-semibold' : 'fill-muted'}`}
        >
          {l.name}
        </text>
      ))}
      {layout.note && <KeyText mark={layout.note} data-map-note />}
      {layout.legend && (
        <g data-map-legend className={fadeIn}>
          {/* The swatch: a hatched square with the areas' dashed outline, before the legend's first line, in the frame's scale as the areas are. */}
          <rect
            transform={`translate(${layout.legend.box.x0},${layout.legend.y - 5}) scale(${layout.scale})`}
            width={(swatchRoom - 5) / layout.scale}
            height={10 / layout.scale}
            fill={`url(#${hatchId})`}
            {...dashed}
          />
          <KeyText mark={layout.legend} />
        </g>
      )}
      {frame === undefined && (
        <text
          x={8}
          y={height - 8}
          fontSize={12}
          data-map-status={failed ? 'failed' : 'loading'}
          strokeWidth={mapHaloWidth}
          className={`${halo} fill-muted`}
        >
          {failed ? t('mapFailed') : t('mapLoading')}
        </text>
      )}
      {/* If the page's code never comes (a host that blocks it), the stylesheet swaps the loading line
          for this one after a while, so the reader is not left waiting (index.css, "never waits forever"). */}
      {frame === undefined && !failed && (
        <text x={8} y={height - 8} fontSize={12} data-map-status="stalled" strokeWidth={mapHaloWidth} className={`${halo} fill-muted`}>
          {t('mapFailed')}
        </text>
      )}
    </GraphicSvg>
  );
}
