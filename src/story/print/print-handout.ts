// The printed handout's code, in a chunk of its own: its components and every chart and table they draw.
import { MapChart } from '@/charts/map/map-chart';
import { MapTable } from '@/charts/map/map-table';
import { TimelineChart } from '@/charts/timeline/timeline-chart';
import { TimelineTable } from '@/charts/timeline/timeline-table';
import { VolumeChart } from '@/charts/volume/volume-chart';
import { VolumeTable } from '@/charts/volume/volume-table';
import { ShareChart } from '@/charts/share/share-chart';
import { ShareTable } from '@/charts/share/share-table';
import { PrintFigure } from './print-figure';
import { PrintTables } from './print-tables';
import type { PrintCharts } from './print-charts';

const charts: PrintCharts = {
  map: { Chart: MapChart, Table: MapTable },
  timeline: { Chart: TimelineChart, Table: TimelineTable },
  volume: { Chart: VolumeChart, Table: VolumeTable },
  share: { Chart: ShareChart, Table: ShareTable },
};

export const handout = { PrintFigure, PrintTables, charts };
