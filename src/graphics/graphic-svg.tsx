// The SVG element every graphic draws into: one image, named by the graphic's title and described by the step.
import type { ComponentProps, ReactNode } from 'react';
import type { GraphicKind } from '#src/data/schema.ts';
import { graphicPartId } from '#src/lib/page-ids.ts';

/** Other SVG attributes (e.g. `data-orientation`) pass through to the <svg>. */
type Props = Omit<
  ComponentProps<'svg'>,
  'role' | 'viewBox' | 'children' | 'title' | 'width' | 'height' | 'aria-labelledby' | 'aria-describedby'
> & {
  kind: GraphicKind;
  /** The graphic's title (its accessible name). */
  title: string;
  /** What the current state shows (its accessible description). */
  description: string;
  /** Drawing size in CSS px; the viewBox is exactly this. */
  width: number;
  height: number;
  children: ReactNode;
};

/** The marks inside are presentational: the description and the figure's table carry the content. */
export function GraphicSvg({ kind, title, description, width, height, children, ...rest }: Props) {
  const titleId = graphicPartId(kind, 'title');
  const descId = graphicPartId(kind, 'desc');
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      {...rest}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
