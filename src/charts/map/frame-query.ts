// Loads the map frame (countries and graticule, projected at build time): the fetcher, its query options and useMapFrame().
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseMapFrame, type MapFrame } from './frame-format';

/** Where the build puts the map frame (src/build/map-frame.ts), relative to the page, so any sub-path works. */
export const mapFrameUrl = 'data/map-frame.json';

export async function fetchMapFrame(signal?: AbortSignal): Promise<MapFrame> {
  const response = await fetch(mapFrameUrl, { signal });
  if (!response.ok) throw new Error(`The map geometry could not be loaded (HTTP ${response.status}).`);
  return parseMapFrame(await response.json());
}

export const mapFrameQuery = queryOptions({
  queryKey: ['map-frame'],
  queryFn: ({ signal }) => fetchMapFrame(signal),
  // Built with the page, so it never changes while the page is open.
  staleTime: Infinity,
});

/** The map frame; `data` is undefined while loading or after a failure. */
export function useMapFrame() {
  return useQuery(mapFrameQuery);
}
