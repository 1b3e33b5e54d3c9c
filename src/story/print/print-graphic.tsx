// One step's graphic for the printed handout: the graphic in that step's state, at a fixed size, in a plain frame.
import type { GraphicState } from '#src/data/schema.ts';
import type { Story } from '#src/data/validate.ts';
import type { Size } from '#src/lib/use-element-size.ts';
import type { PrintDrawings } from './print-drawings.ts';

/**
 * What each graphic draws at: about the printed box's size in CSS pixels (88 mm wide, 4:3), so labels
 * print at their size on screen. The SVG's viewBox scales the drawing to the box, whatever it is.
 */
export const printSize: Size = { width: 332, height: 249 };

type Props = { story: Story; state: GraphicState; drawings: PrintDrawings };

/**
 * The graphic for a state. Sums in yuan, the report's own currency (the yuan / US dollar switch is not printed).
 * Also presentation's thumbnails (src/present/graphic-thumbnail.tsx), scaled down by the SVG's viewBox.
 */
export function PrintDrawing({ story, state, drawings }: Props) {
  switch (state.graphic) {
    case 'map':
      return <drawings.map.Drawing story={story} state={state} {...printSize} />;
    case 'timeline':
      return <drawings.timeline.Drawing story={story} state={state} {...printSize} />;
    case 'volume':
      return <drawings.volume.Drawing story={story} state={state} currency="CNY" {...printSize} />;
    case 'share':
      return <drawings.share.Drawing story={story} state={state} {...printSize} />;
  }
}

/** A `<figure>` with the graphic's title and caption; `data-graphic` names the graphic, as on the screen's figures. */
export function PrintGraphic(props: Props) {
  const { title, caption } = props.story.graphics[props.state.graphic];
  return (
    <figure data-graphic={props.state.graphic} data-print-graphic className="m-0 font-sans">
      <figcaption>
        <span className="block text-sm font-semibold leading-tight">{title}</span>
        <span className="mt-0.5 block text-xs leading-snug text-muted">{caption}</span>
      </figcaption>
      <div className="mt-1 aspect-[4/3] w-full">
        <PrintDrawing {...props} />
      </div>
    </figure>
  );
}
