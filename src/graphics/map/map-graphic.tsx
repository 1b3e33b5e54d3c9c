// The map graphic: frame, map and table. Part of the first-visit bundle, since the story opens on it.
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { MapDrawing } from './map-drawing.tsx';
import { MapTable } from './map-table.tsx';
import type { GraphicProps } from '#src/graphics/graphic-props.ts';

export function MapGraphic({ story, state, active, sized }: GraphicProps<'map'>) {
  return (
    <GraphicFrame graphic="map" {...story.graphics.map} active={active} sized={sized} table={<MapTable story={story} />}>
      {(size) => <MapDrawing story={story} state={state} {...size} />}
    </GraphicFrame>
  );
}
