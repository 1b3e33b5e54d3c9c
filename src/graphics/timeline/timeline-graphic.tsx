// The timeline graphic: frame, timeline and table (loaded when the reader starts into the story).
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { TimelineDrawing } from './timeline-drawing.tsx';
import { TimelineTable } from './timeline-table.tsx';
import type { GraphicProps } from '#src/graphics/graphic-props.ts';

export default function TimelineGraphic({ story, state, active, sized }: GraphicProps<'timeline'>) {
  return (
    <GraphicFrame graphic="timeline" {...story.graphics.timeline} active={active} sized={sized} table={<TimelineTable story={story} />}>
      {(size) => <TimelineDrawing story={story} state={state} {...size} />}
    </GraphicFrame>
  );
}
