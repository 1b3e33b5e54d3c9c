// Specs for loading the printed handout's code: once, announced to whoever waits, with every graphic it draws.
import { describe, expect, test, vi } from 'vitest';
import { MapDrawing } from '#src/graphics/map/map-drawing.tsx';
import { MapTable } from '#src/graphics/map/map-table.tsx';
import { TimelineDrawing } from '#src/graphics/timeline/timeline-drawing.tsx';
import { TimelineTable } from '#src/graphics/timeline/timeline-table.tsx';
import { VolumeDrawing } from '#src/graphics/volume/volume-drawing.tsx';
import { VolumeTable } from '#src/graphics/volume/volume-table.tsx';
import { ShareDrawing } from '#src/graphics/share/share-drawing.tsx';
import { ShareTable } from '#src/graphics/share/share-table.tsx';
import { loadedPrintHandout, loadPrintHandout, onPrintHandoutLoaded } from './load-handout.ts';
import { PrintGraphic } from './print-graphic.tsx';
import { PrintTables } from './print-tables.tsx';

describe('loading the printed handout', () => {
  test('is nothing until asked for, then the handout with every graphic’s graphic and table, announced once', async () => {
    expect(loadedPrintHandout()).toBeNull();
    const listener = vi.fn();
    const stop = onPrintHandoutLoaded(listener);
    const first = loadPrintHandout();
    expect(loadPrintHandout()).toBe(first);
    const handout = await first;
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(loadedPrintHandout()).toBe(handout);
    expect(handout.PrintGraphic).toBe(PrintGraphic);
    expect(handout.PrintTables).toBe(PrintTables);
    expect(handout.drawings).toEqual({
      map: { Drawing: MapDrawing, Table: MapTable },
      timeline: { Drawing: TimelineDrawing, Table: TimelineTable },
      volume: { Drawing: VolumeDrawing, Table: VolumeTable },
      share: { Drawing: ShareDrawing, Table: ShareTable },
    });
  });
});
