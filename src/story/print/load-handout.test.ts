// Specs for loading the printed handout's code: once, announced to whoever waits, with every chart it draws.
import { describe, expect, test, vi } from 'vitest';
import { MapChart } from '@/charts/map/map-chart';
import { MapTable } from '@/charts/map/map-table';
import { TimelineChart } from '@/charts/timeline/timeline-chart';
import { TimelineTable } from '@/charts/timeline/timeline-table';
import { VolumeChart } from '@/charts/volume/volume-chart';
import { VolumeTable } from '@/charts/volume/volume-table';
import { ShareChart } from '@/charts/share/share-chart';
import { ShareTable } from '@/charts/share/share-table';
import { loadedPrintHandout, loadPrintHandout, onPrintHandoutLoaded } from './load-handout';
import { PrintFigure } from './print-figure';
import { PrintTables } from './print-tables';

describe('loading the printed handout', () => {
  test('is nothing until asked for, then the handout with every graphic’s chart and table, announced once', async () => {
    expect(loadedPrintHandout()).toBeNull();
    const listener = vi.fn();
    const stop = onPrintHandoutLoaded(listener);
    const first = loadPrintHandout();
    expect(loadPrintHandout()).toBe(first);
    const handout = await first;
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(loadedPrintHandout()).toBe(handout);
    expect(handout.PrintFigure).toBe(PrintFigure);
    expect(handout.PrintTables).toBe(PrintTables);
    expect(handout.charts).toEqual({
      map: { Chart: MapChart, Table: MapTable },
      timeline: { Chart: TimelineChart, Table: TimelineTable },
      volume: { Chart: VolumeChart, Table: VolumeTable },
      share: { Chart: ShareChart, Table: ShareTable },
    });
  });
});
