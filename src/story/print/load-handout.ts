// The printed handout's code, loaded on demand: once the deferred figures are in, or by the Print button.
import { MapChart } from '@/charts/map/map-chart';
import { MapTable } from '@/charts/map/map-table';
import type { PrintFigure } from './print-figure';
import type { PrintTables } from './print-tables';
import type { PrintCharts } from './print-charts';

export type Handout = { PrintFigure: typeof PrintFigure; PrintTables: typeof PrintTables; charts: PrintCharts };

let loaded: Handout | null = null;
let pending: Promise<Handout> | null = null;
const listeners = new Set<() => void>();

/*
 * The handout has no chunk of its own: its components ride in the share figure's chunk, and it is handed
 * the charts it draws (the map's from this bundle, the others' from their chunks) rather than importing
 * them. A chunk of its own that imported any of the first-visit code would make Rolldown move the part
 * it shares out of the first-visit chunk into a chunk of its own, one more download on every first visit.
 */
async function importHandout(): Promise<Handout> {
  const [timeline, volume, share] = await Promise.all([
    import('../figures/timeline-figure'),
    import('../figures/volume-figure'),
    import('../figures/share-figure'),
  ]);
  return {
    PrintFigure: share.PrintFigure,
    PrintTables: share.PrintTables,
    charts: {
      map: { Chart: MapChart, Table: MapTable },
      timeline: { Chart: timeline.TimelineChart, Table: timeline.TimelineTable },
      volume: { Chart: volume.VolumeChart, Table: volume.VolumeTable },
      share: { Chart: share.ShareChart, Table: share.ShareTable },
    },
  };
}

/** Loads the handout's code (once; a failed download may be tried again) and resolves with it. */
export function loadPrintHandout(): Promise<Handout> {
  pending ??= importHandout().then(
    (handout) => {
      loaded = handout;
      for (const listener of listeners) listener();
      return handout;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The handout's code if it has arrived, else null: printing cannot wait for a download. */
export const loadedPrintHandout = () => loaded;

/** Calls `listener` when the code arrives (for useSyncExternalStore); returns the unsubscribe. */
export function onPrintHandoutLoaded(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
