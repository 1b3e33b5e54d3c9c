// Loads the map frame (countries and graticule, projected at build time): the fetcher, its query options and useMapFrame().
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { inlineMapFrameId, parseMapFrame, type MapFrame } from './frame-format.ts';

/** Where the build puts the map frame (src/build/map-frame.ts), relative to the page, so any sub-path works. */
export const mapFrameUrl = 'data/map-frame.json';

export async function fetchMapFrame(signal?: AbortSignal): Promise<MapFrame> {
  // The offline file carries the frame in the page: from file:// there is nothing to fetch. Read here,
  // after hydration, like the site's fetch, so the hydrated tree matches the prerendered one.
  if (isOfflineFile) return parseMapFrame(JSON.parse(document.getElementById(inlineMapFrameId)?.textContent ?? 'null'));
  // A stalled network is a failure too, after a while: the "Loading the map…" line must not wait forever.
  const timeout = AbortSignal.timeout(20_000);
  const response = await fetch(mapFrameUrl, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (!response.ok) throw new Error(`The map geometry could not be loaded (HTTP ${response.status}).`);
  return parseMapFrame(await response.json());
}

export const mapFrameQuery = queryOptions({
  queryKey: ['map-frame'],
  queryFn: ({ signal }) => fetchMapFrame(signal),
  // Built with the page, so it never changes while the page is open.
  staleTime: Infinity,
  // Reading the offline file's own copy must not wait for a network the browser may report as gone.
  networkMode: isOfflineFile ? 'always' : 'online',
});

/** The map frame; `data` is undefined while loading or after a failure. */
export function useMapFrame() {
  return useQuery(mapFrameQuery);
}
