// The SVG element every graphic draws into: one image, named by the graphic's title and described by the step.
import type { ComponentProps, ReactNode } from 'react';
import type { GraphicState } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';
import { graphicPartId } from '#src/lib/page-ids.ts';

/** Other SVG attributes (e.g. `className`) pass through to the <svg>. */
type Props = Omit<
  ComponentProps<'svg'>,
  'role' | 'viewBox' | 'children' | 'title' | 'width' | 'height' | 'aria-labelledby' | 'aria-describedby'
> & {
  /** Named by its graphic's title, described by what the state shows. */
  story: PageStory;
  state: GraphicState;
  /** Drawing size in CSS px; the viewBox is exactly this. */
  width: number;
  height: number;
  children: ReactNode;
};

/** The marks inside are presentational: the description and the figure's table carry the content. */
export function GraphicSvg({ story, state, width, height, children, ...rest }: Props) {
  const titleId = graphicPartId(state.graphic, 'title');
  const descId = graphicPartId(state.graphic, 'desc');
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
      <title id={titleId}>{story.graphics[state.graphic].title}</title>
      <desc id={descId}>{state.description}</desc>
      {children}
    </svg>
  );
}
