// The map graphic: loads the world geometry lazily and draws the step's places before it arrives.
import type { ChartProps } from '@/charts/chart-props';
import { MapSvg } from './map-svg';
import { useWorld } from './world-query';

/**
 * The map for one graphic state. The first paint never waits for the geometry: labels, dots and routes
 * need only the projection, and a "Loading the map…" note shows until the countries arrive.
 */
export function MapChart(props: ChartProps<'map'>) {
  const world = useWorld();
  return <MapSvg {...props} countries={world.data} failed={world.isError} />;
}
