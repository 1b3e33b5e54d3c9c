// The share graphic: frame, part-to-whole grid and table (loaded when the reader starts into the story).
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { ShareDrawing } from './share-drawing.tsx';
import { ShareTable } from './share-table.tsx';
import type { GraphicProps } from '#src/graphics/graphic-props.ts';

export default function ShareGraphic({ story, state, active, sized }: GraphicProps<'share'>) {
  return (
    <GraphicFrame graphic="share" {...story.graphics.share} active={active} sized={sized} table={<ShareTable story={story} />}>
      {(size) => <ShareDrawing story={story} state={state} {...size} />}
    </GraphicFrame>
  );
}
