// The timeline graphic: renders timelineLayout() as SVG; the active step's event is drawn larger, filled and bold.
import { useMemo } from 'react';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { timelineLayout, type Emphasis } from './layout.ts';
import { GraphicSvg } from '#src/graphics/graphic-svg.tsx';
import { useEdition, useTypesetter } from '#src/edition/edition-context.tsx';

/** Hollow muted marks for the other events, a filled accent mark for the highlighted one: shape, not colour alone. */
const markClass: Record<Emphasis, string> = {
  highlighted: 'fill-accent stroke-accent',
  normal: 'fill-page stroke-ink',
  muted: 'fill-page stroke-muted',
};
/** An event the report gives no month is always hollow and dashed, highlighted or not: never a dated mark's look. */
const undatedMarkClass: Record<Emphasis, string> = {
  highlighted: 'fill-page stroke-accent',
  normal: 'fill-page stroke-ink',
  muted: 'fill-page stroke-muted',
};
const labelClass: Record<Emphasis, string> = {
  highlighted: 'fill-ink font-bold',
  normal: 'fill-ink',
  muted: 'fill-muted',
};

/** The CSS scale class for a mark's scale (1, or the highlight scale from layout.ts). */
function scaleClass(scale: number): string {
  return scale > 1 ? 'scale-150' : 'scale-100';
}

/**
 * The story's events of the year at their months. `state.event` names the highlighted event (null:
 * none). An event the report gives no month is drawn apart: a hollow dashed mark off the axis at its
 * report's date, its title followed by "reported … as recent". Each event's group carries `data-event`,
 * `data-dated` and `data-highlighted` for tests and styles. The SVG is an image with a title and
 * description; the same facts are in TimelineTable.
 */
export function TimelineDrawing({ story, state, width, height }: DrawingProps<'timeline'>) {
  const { events, months } = useEdition();
  const type = useTypesetter();
  const layout = useMemo(
    () => timelineLayout(story, { width, height }, state, { events, months, type }),
    [story, width, height, state, events, months, type],
  );
  const { axis, fontSize, lineHeight } = layout;
  return (
    <GraphicSvg story={story} state={state} width={width} height={height} className="font-sans">
      <g>
        <line x1={axis.x} y1={axis.top} x2={axis.x} y2={axis.bottom} className="stroke-mark" strokeWidth={2} strokeLinecap="round" />
        {layout.ticks.map((t) => (
          <g key={t.month}>
            <line x1={axis.x - 5} y1={t.y} x2={axis.x} y2={t.y} className="stroke-mark" strokeWidth={1.5} />
            <text x={axis.x - 12} y={t.y + 12 * 0.35} textAnchor="end" fontSize={12} className="fill-muted">
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {layout.events.map((e) => (
        <g key={e.id} data-event={e.id} data-dated={e.dated} data-highlighted={e.highlighted}>
          <polyline
            points={e.connector.join(' ')}
            fill="none"
            className={`graphic-motion ${e.highlighted ? 'stroke-accent' : 'stroke-rule'}`}
            strokeWidth={1.25}
          />
          <g transform={`translate(${e.mark.x},${e.mark.y})`}>
            {/*
              Scaled by a CSS class about the mark's centre, so the highlight grows smoothly; a class, not a
              style attribute, because the Content Security Policy allows no inline styles.
            */}
            <circle
              r={e.r}
              strokeWidth={2}
              strokeDasharray={e.dated ? undefined : '2.5 2'}
              className={`graphic-motion ${(e.dated ? markClass : undatedMarkClass)[e.emphasis]} ${scaleClass(e.scale)}`}
            />
          </g>
          <text
            x={e.label.x}
            y={e.label.y}
            fontSize={fontSize}
            className={`graphic-motion stroke-page ${labelClass[e.emphasis]}`}
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {e.label.lines.map((l, i) => (
              <tspan key={i} x={e.label.x} dy={i === 0 ? 0 : lineHeight}>
                {l}
              </tspan>
            ))}
            {e.label.note.map((l, i) => (
              <tspan key={`note-${i}`} x={e.label.x} dy={lineHeight} data-note className="font-normal italic">
                {l}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </GraphicSvg>
  );
}
