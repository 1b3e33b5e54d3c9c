// Loads the world map geometry through TanStack Query: the fetcher, its query options and the useWorld() hook.
import { queryOptions, useQuery } from '@tanstack/react-query';
// Vite emits the TopoJSON as a hashed asset and gives its relative URL, so it loads only when a map mounts.
import worldUrl from 'world-atlas/countries-110m.json?url';
import { countriesFromTopology, type Country } from './world-geometry';

/** Fetches world-atlas's 1:110m countries and converts them once, here, to the countries the map can show. */
export async function fetchWorld(signal?: AbortSignal): Promise<Country[]> {
  const response = await fetch(worldUrl, { signal });
  if (!response.ok) throw new Error(`The map geometry could not be loaded (HTTP ${response.status}).`);
  return countriesFromTopology(await response.json());
}

export const worldQuery = queryOptions({
  queryKey: ['world', 'countries-110m'],
  queryFn: ({ signal }) => fetchWorld(signal),
  // A bundled, hashed file never changes while the page is open.
  staleTime: Infinity,
});

/** The countries near the map's region; `data` is undefined while loading or after a failure. */
export function useWorld() {
  return useQuery(worldQuery);
}
