// The map graphic: loads the map frame lazily and draws the step's places before it arrives.
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { MapSvg } from './map-svg.tsx';
import { useMapFrame } from './frame-query.ts';

/**
 * The map for one graphic state. The first paint never waits for the frame: labels, dots and routes
 * need only the projection (projection.ts), and a "Loading the map…" note shows until the countries arrive.
 */
export function MapDrawing(props: DrawingProps<'map'>) {
  const frame = useMapFrame();
  return <MapSvg {...props} frame={frame.data} failed={frame.isError} />;
}
