// The share graphic: renders shareLayout() as a waffle of 100 squares, the forecast share filled, with its words.
import { useMemo } from 'react';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { shareLayout } from './layout.ts';
import { GraphicSvg } from '#src/graphics/graphic-svg.tsx';
import { useEdition, useT, useTypesetter } from '#src/edition/edition-context.tsx';
import { haloClass, haloWidth } from '#src/graphics/halo.ts';

const forecastOutline = { className: 'stroke-accent', strokeWidth: 2, strokeDasharray: '5 3', fill: 'none' } as const;

/**
 * One square per percent of China's foreign trade; the squares of the forecast share are filled in the
 * accent colour and ringed by a dashed line, the forecast styling of the story's graphics. Each square is
 * a `<rect data-cell data-filled>`. The figure and its kind are in ShareTable too.
 */
export function ShareDrawing({ story, state, width, height }: DrawingProps<'share'>) {
  const t = useT();
  const { figures } = useEdition();
  const type = useTypesetter();
  const layout = useMemo(
    () => shareLayout(story, { width, height }, state, { t, figures, type }),
    [story, width, height, state, t, figures, type],
  );
  const { big, words, legend } = layout;
  return (
    <GraphicSvg story={story} state={state} width={width} height={height} className="font-sans">
      <g>
        {layout.cells.map((c) => (
          <rect
            key={c.i}
            data-cell={c.i}
            data-filled={c.filled}
            x={c.x}
            y={c.y}
            width={c.size}
            height={c.size}
            rx={Math.min(2, c.size / 8)}
            className={`graphic-motion ${c.filled ? 'fill-accent' : 'fill-land stroke-mark'}`}
          />
        ))}
        <path d={layout.outline} {...forecastOutline} />
      </g>
      <text x={big.x} y={big.y} fontSize={big.fontSize} className="fill-accent font-bold">
        {big.text}
      </text>
      <text x={words.x} y={words.y} fontSize={words.fontSize} strokeWidth={haloWidth} className={`${haloClass} fill-ink`}>
        {words.lines.map((l, i) => (
          <tspan key={i} x={words.x} dy={i === 0 ? 0 : layout.lineHeight}>
            {l}
          </tspan>
        ))}
      </text>
      {legend.map((item) => (
        <g key={item.key} data-legend={item.key}>
          <rect
            x={item.swatch.x}
            y={item.swatch.y}
            width={item.swatch.size}
            height={item.swatch.size}
            rx={2}
            className={item.key === 'filled' ? 'fill-accent' : 'fill-land stroke-mark'}
          />
          {item.key === 'filled' && (
            <rect
              x={item.swatch.x - 2}
              y={item.swatch.y - 2}
              width={item.swatch.size + 4}
              height={item.swatch.size + 4}
              {...forecastOutline}
            />
          )}
          <text x={item.x} y={item.y} fontSize={layout.legendFontSize} className="fill-ink">
            {item.lines.map((l, i) => (
              <tspan key={i} x={item.x} dy={i === 0 ? 0 : layout.legendLineHeight}>
                {l}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </GraphicSvg>
  );
}
