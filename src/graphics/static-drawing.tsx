// A graphic state drawn once, at a fixed size, with nothing to load: what the build writes as a step's
// graphic file (src/build/graphic-files.ts), for the printed handout and the presentation's thumbnails, and
// what a step's own page shows (src/steps/), and what a step's images draw (src/build/images/).
import type { GraphicState } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';
import type { Size } from '#src/lib/use-element-size.ts';
import { graphicFileSize } from './graphic-file.ts';
import type { MapFrame } from './map/frame-format.ts';
import { MapSvg } from './map/map-svg.tsx';
import { TimelineDrawing } from './timeline/timeline-drawing.tsx';
import { VolumeDrawing } from './volume/volume-drawing.tsx';
import { ShareDrawing } from './share/share-drawing.tsx';

type Props = {
  story: PageStory;
  state: GraphicState;
  frame: MapFrame;
  /** The drawing's size in CSS px (its viewBox); by default the graphic files'. */
  size?: Size;
};

/** Sums in yuan, the report's own currency (the yuan / US dollar switch is the page's). */
export function StaticDrawing({ story, state, frame, size = graphicFileSize }: Props) {
  switch (state.graphic) {
    case 'map':
      return <MapSvg story={story} state={state} frame={frame} {...size} />;
    case 'timeline':
      return <TimelineDrawing story={story} state={state} {...size} />;
    case 'volume':
      return <VolumeDrawing story={story} state={state} currency="CNY" {...size} />;
    case 'share':
      return <ShareDrawing story={story} state={state} {...size} />;
  }
}
