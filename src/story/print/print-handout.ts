// The printed handout's code, in a chunk of its own: its components and every graphic and table they draw.
import { MapDrawing } from '#src/graphics/map/map-drawing.tsx';
import { MapTable } from '#src/graphics/map/map-table.tsx';
import { TimelineDrawing } from '#src/graphics/timeline/timeline-drawing.tsx';
import { TimelineTable } from '#src/graphics/timeline/timeline-table.tsx';
import { VolumeDrawing } from '#src/graphics/volume/volume-drawing.tsx';
import { VolumeTable } from '#src/graphics/volume/volume-table.tsx';
import { ShareDrawing } from '#src/graphics/share/share-drawing.tsx';
import { ShareTable } from '#src/graphics/share/share-table.tsx';
import { PrintDrawing, PrintGraphic } from './print-graphic.tsx';
import { PrintTables } from './print-tables.tsx';
import type { PrintDrawings } from './print-drawings.ts';

const drawings: PrintDrawings = {
  map: { Drawing: MapDrawing, Table: MapTable },
  timeline: { Drawing: TimelineDrawing, Table: TimelineTable },
  volume: { Drawing: VolumeDrawing, Table: VolumeTable },
  share: { Drawing: ShareDrawing, Table: ShareTable },
};

export const handout = { PrintGraphic, PrintDrawing, PrintTables, drawings };
