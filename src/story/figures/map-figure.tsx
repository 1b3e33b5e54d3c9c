// The map figure: frame, map and table. Part of the first-visit bundle, since the story opens on it.
import { FigureFrame } from '@/charts/figure-frame';
import { MapChart } from '@/charts/map/map-chart';
import { MapTable } from '@/charts/map/map-table';
import type { FigureProps } from './figure-props';

export function MapFigure({ story, state, active }: FigureProps<'map'>) {
  return (
    <FigureFrame kind="map" {...story.charts.map} active={active} table={<MapTable story={story} />}>
      {(size) => <MapChart story={story} state={state} {...size} />}
    </FigureFrame>
  );
}
