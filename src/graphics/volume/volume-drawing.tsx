// The volume graphic: renders volumeLayout() as SVG bars for 2014–2016 in the chosen currency, with growth brackets.
import { useMemo } from 'react';
import type { Currency } from '#src/data/schema.ts';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { volumeLayout } from './layout.ts';
import { VolumeBar } from './volume-bar.tsx';
import { GraphicSvg } from '#src/graphics/graphic-svg.tsx';
import { graphicPartId } from '#src/lib/page-ids.ts';
import { useEdition, useT, useTypesetter } from '#src/edition/edition-context.tsx';
import { haloClass, haloWidth } from '#src/graphics/halo.ts';

export type VolumeDrawingProps = DrawingProps<'volume'> & {
  /** Which of the report's values to draw. Dollar values are the report's own; 2014 has none. */
  currency: Currency;
};

/**
 * Bars for the years in `state.years` (the others wait at zero height and grow in when a step adds
 * them), the `state.highlight` year drawn stronger. The scale is fixed per currency, so bars keep their
 * size from step to step. The same numbers, in both currencies, are in VolumeTable.
 */
export function VolumeDrawing({ story, state, width, height, currency }: VolumeDrawingProps) {
  const hatchId = graphicPartId('volume', 'hatch');
  const arrowId = graphicPartId('volume', 'arrow');
  const t = useT();
  const { figures } = useEdition();
  const type = useTypesetter();
  const layout = useMemo(
    () => volumeLayout(story, currency, { width, height }, state, { t, figures, type }),
    [story, currency, width, height, state, t, figures, type],
  );
  return (
    <GraphicSvg story={story} state={state} width={width} height={height} className="font-sans">
      <defs>
        <pattern id={hatchId} width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={7} height={7} className="fill-derived/15" />
          <line x1={0} y1={0} x2={0} y2={7} className="stroke-derived" strokeWidth={3} />
        </pattern>
        {/* Only ever a path's end, where "auto" is what auto-start-reverse would be; resvg, which renders the
            step images, reads no auto-start-reverse and would point the arrows sideways. */}
        <marker id={arrowId} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto">
          <path d="M0,1L10,5L0,9z" className="fill-muted" />
        </marker>
      </defs>
      {layout.bars.map((bar) => (
        <VolumeBar
          key={bar.year}
          bar={bar}
          baseline={layout.baseline.y}
          valueFontSize={layout.valueFontSize}
          valueLineHeight={layout.valueLineHeight}
          lineHeight={layout.lineHeight}
          hatchUrl={`url(#${hatchId})`}
        />
      ))}
      <line
        x1={layout.baseline.x1}
        x2={layout.baseline.x2}
        y1={layout.baseline.y}
        y2={layout.baseline.y}
        className="stroke-ink"
        strokeWidth={1.5}
      />
      {layout.growth.map((g) => (
        <g
          key={g.figureId}
          data-growth={g.figureId}
          data-kind={g.kind}
          className={`graphic-motion ${g.shown ? 'opacity-100' : 'opacity-0'}`}
        >
          <path
            d={g.path}
            fill="none"
            className="stroke-muted"
            strokeWidth={1.25}
            strokeDasharray={g.kind === 'derived' ? '2 3' : undefined}
            markerEnd={`url(#${arrowId})`}
          />
          <text x={g.x} y={g.y} fontSize={layout.growthFontSize} textAnchor="middle" strokeWidth={haloWidth} className={haloClass}>
            {g.lines.map((l, i) => (
              <tspan key={i} x={g.x} dy={i === 0 ? 0 : layout.lineHeight} className={i === 0 ? 'fill-ink font-bold' : 'fill-muted'}>
                {l}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </GraphicSvg>
  );
}
