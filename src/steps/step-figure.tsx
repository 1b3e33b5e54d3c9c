// A step's graphic on its own page: the story's <figure> (title and caption, the SVG drawn in the step's state
// by the story's own components, the numbers table behind "Show the numbers"), drawn once at build, so it
// needs no script: the SVG's viewBox scales it to its column.
import type { GraphicKind, GraphicState } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';
import { useT } from '#src/edition/edition-context.tsx';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { MapTable } from '#src/graphics/map/map-table.tsx';
import { ShareTable } from '#src/graphics/share/share-table.tsx';
import { StaticDrawing } from '#src/graphics/static-drawing.tsx';
import { TimelineTable } from '#src/graphics/timeline/timeline-table.tsx';
import { VolumeTable } from '#src/graphics/volume/volume-table.tsx';
import { stepDrawingSize } from './step-drawing-size.ts';

function GraphicTable({ story, graphic }: { story: PageStory; graphic: GraphicKind }) {
  switch (graphic) {
    case 'map':
      return <MapTable story={story} />;
    case 'timeline':
      return <TimelineTable story={story} />;
    case 'volume':
      return <VolumeTable story={story} />;
    case 'share':
      return <ShareTable story={story} />;
  }
}

export function StepFigure({ story, state, frame }: { story: PageStory; state: GraphicState; frame: MapFrame }) {
  const t = useT();
  const { title, caption } = story.graphics[state.graphic];
  return (
    <figure data-graphic={state.graphic} className="font-sans">
      <figcaption>
        <span className="block text-lg font-semibold leading-tight">{title}</span>
        <span className="mt-1 block text-sm leading-snug text-muted">{caption.text}</span>
      </figcaption>
      <div className="mt-3 aspect-[4/3]">
        <StaticDrawing story={story} state={state} frame={frame} size={stepDrawingSize} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted underline decoration-rule underline-offset-4 hover:text-ink">
          {t('showTable')}
        </summary>
        {/* Focusable, so a keyboard can scroll a table wider than a phone sideways. */}
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
          <GraphicTable story={story} graphic={state.graphic} />
        </div>
      </details>
    </figure>
  );
}
