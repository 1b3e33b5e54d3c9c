// What the printed handout draws with: each graphic's chart and table, by kind (see load-handout.ts).
import type { ComponentType } from 'react';
import type { ChartKind } from '@/data/schema';
import type { ChartProps, TableProps } from '@/charts/chart-props';
import type { VolumeChartProps } from '@/charts/volume/volume-chart';

type Drawing<P> = { Chart: ComponentType<P>; Table: ComponentType<TableProps> };

export type PrintCharts = { [K in Exclude<ChartKind, 'volume'>]: Drawing<ChartProps<K>> } & { volume: Drawing<VolumeChartProps> };
