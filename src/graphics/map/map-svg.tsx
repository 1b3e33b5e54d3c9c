// Draws the map for one step from its layout: pure rendering, given the map frame (or none while it loads).
import { memo, useId, useMemo } from 'react';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { strings } from '#src/lib/strings.ts';
import type { MapFrame } from './frame-format.ts';
import { mapLayout } from './layout.ts';
import { dotRadius } from './labels.ts';
import { GraphicSvg } from '#src/graphics/graphic-svg.tsx';

export type MapSvgProps = DrawingProps<'map'> & {
  /** The countries and graticule to draw; undefined while they load (or if that failed): places and routes still draw. */
  frame: MapFrame | undefined;
  /** Whether loading the geometry failed; shows strings.mapFailed instead of strings.mapLoading. Default false. */
  failed?: boolean;
};

// Labels sit on a halo in the page colour so they read over borders, routes and both themes' land.
const halo = 'font-sans [paint-order:stroke] stroke-page stroke-[3px] [stroke-linejoin:round]';
// Marks that arrive with a step fade in (CSS @starting-style); graphic-motion turns that off for reduced motion.
const fadeIn = 'graphic-motion opacity-100 starting:opacity-0';

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

/**
 * The map as an <svg role="img"> named by the graphic's title and described by the step's description.
 * Everything inside is presentational: the description and the table carry the content for screen readers.
 * Highlighted countries differ without colour too: a thicker outline drawn above their neighbours.
 */
export function MapSvg({ story, state, width, height, frame, failed = false }: MapSvgProps) {
  const arrowId = useId();
  const layout = useMemo(() => mapLayout(frame, story.places, { width, height }, state), [frame, story.places, width, height, state]);

  return (
    <GraphicSvg title={story.graphics.map.title} description={state.description} width={width} height={height} className="block">
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
          className={`${fadeIn} ${halo} ${l.highlighted ? 'fill-ink font-semibold' : 'fill-muted'}`}
        >
          {l.name}
        </text>
      ))}
      {layout.note && (
        <text
          x={layout.note.x}
          y={layout.note.y}
          dominantBaseline="central"
          fontSize={layout.note.fontSize}
          data-map-note
          className={`${fadeIn} ${halo} fill-ink`}
        >
          {layout.note.lines.map((line, i) => (
            <tspan key={i} x={layout.note?.x} dy={i === 0 ? 0 : layout.note?.lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {frame === undefined && (
        <text x={8} y={height - 8} fontSize={12} data-map-status={failed ? 'failed' : 'loading'} className={`${halo} fill-muted`}>
          {failed ? strings.mapFailed : strings.mapLoading}
        </text>
      )}
      {/* If the page's code never comes (a host that blocks it), the stylesheet swaps the loading line
          for this one after a while, so the reader is not left waiting (index.css, "never waits forever"). */}
      {frame === undefined && !failed && (
        <text x={8} y={height - 8} fontSize={12} data-map-status="stalled" className={`${halo} fill-muted`}>
          {strings.mapFailed}
        </text>
      )}
    </GraphicSvg>
  );
}
