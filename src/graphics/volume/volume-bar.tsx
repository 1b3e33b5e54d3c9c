// One year of the volume graphic: its bar (styled by kind), value label, year and kind words, or the no-figure note.
import type { VolumeBar as Bar } from './layout.ts';
import type { Kind } from './volume-data.ts';
import { haloClass, haloWidth } from '#src/graphics/halo.ts';

/**
 * Kinds differ by more than colour: reported is solid; forecast is a light fill with a dashed outline;
 * derived is a diagonal hatch with a dotted outline.
 */
const kindStyle: Record<Kind, { className: string; strokeWidth: number; strokeDasharray?: string }> = {
  reported: { className: 'fill-reported stroke-reported', strokeWidth: 0 },
  forecast: { className: 'fill-forecast/20 stroke-forecast', strokeWidth: 2, strokeDasharray: '6 4' },
  derived: { className: 'stroke-derived', strokeWidth: 2, strokeDasharray: '0.1 4.5' },
};

// Dimmed only slightly: at half strength the solid reported bar would read like the light forecast fill.
const emphasisClass = { highlighted: 'opacity-100', normal: 'opacity-100', dimmed: 'opacity-75' } as const;

type Props = { bar: Bar; baseline: number; valueFontSize: number; valueLineHeight: number; lineHeight: number; hatchUrl: string };

export function VolumeBar({ bar, baseline, valueFontSize, valueLineHeight, lineHeight, hatchUrl }: Props) {
  const visible = bar.shown ? 'opacity-100' : 'opacity-0';
  const bold = bar.highlighted ? 'font-bold' : 'font-normal';
  const style = bar.kind ? kindStyle[bar.kind] : null;
  return (
    <g data-bar-year={bar.year}>
      {style && (
        <g transform={`translate(${bar.x},${baseline})`}>
          {/* Drawn upward from the baseline and scaled there, so a bar a later step adds grows out of it. */}
          <rect
            data-year={bar.year}
            data-kind={bar.kind}
            data-highlighted={bar.highlighted}
            y={-bar.height}
            width={bar.width}
            height={bar.height}
            fill={bar.kind === 'derived' ? hatchUrl : undefined}
            className={`graphic-motion ${style.className} ${bar.shown ? `${emphasisClass[bar.emphasis]} scale-y-100` : 'opacity-0 scale-y-0'}`}
            strokeWidth={style.strokeWidth}
            strokeDasharray={style.strokeDasharray}
            strokeLinecap="round"
          />
        </g>
      )}
      <g className={`graphic-motion ${visible}`} textAnchor="middle">
        {bar.value && (
          <text
            x={bar.value.x}
            y={bar.value.y}
            fontSize={valueFontSize}
            strokeWidth={haloWidth}
            className={`${haloClass} fill-ink ${bold}`}
          >
            {bar.value.lines.length === 1
              ? bar.value.text
              : bar.value.lines.map((line, i) => (
                  <tspan key={i} x={bar.value?.x} dy={i === 0 ? 0 : valueLineHeight}>
                    {line}
                  </tspan>
                ))}
          </text>
        )}
        {bar.note && (
          <text x={bar.centre} y={bar.note.y} fontSize={12} className="fill-muted">
            {bar.note.lines.map((l, i) => (
              <tspan key={i} x={bar.centre} dy={i === 0 ? 0 : lineHeight}>
                {l}
              </tspan>
            ))}
          </text>
        )}
        <text x={bar.centre} y={bar.yearLabel.y} fontSize={13} className={`fill-ink ${bold}`}>
          {bar.yearLabel.text}
        </text>
        {bar.kindLabel && (
          <text x={bar.centre} y={bar.kindLabel.y} fontSize={12} className="fill-muted">
            {bar.kindLabel.text}
          </text>
        )}
      </g>
    </g>
  );
}
