// The map graphic: loads the map frame lazily and draws the step's places before it arrives.
import { useDeferredValue } from 'react';
import type { DrawingProps } from '#src/graphics/graphic-props.ts';
import { MapSvg } from './map-svg.tsx';
import { useMapFrame } from './frame-query.ts';

/**
 * The map for one graphic state. The first paint never waits for the frame: labels, dots and routes
 * need only the projection (projection.ts), and a "Loading the map…" note shows until the countries arrive.
 */
export function MapDrawing(props: DrawingProps<'map'>) {
  const frame = useMapFrame();
  // The countries (132 paths) arrive just after the page comes to life. Drawn at once, as a query result
  // is, they were one long task on a slow phone; deferred, React draws them in short slices between which
  // the browser can paint and the reader can scroll.
  const countries = useDeferredValue(frame.data);
  return <MapSvg {...props} frame={countries} failed={frame.isError} />;
}
