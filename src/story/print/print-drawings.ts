// What the printed handout draws with: each graphic's graphic and table, by kind (see load-handout.ts).
import type { ComponentType } from 'react';
import type { GraphicKind } from '#src/data/schema.ts';
import type { DrawingProps, TableProps } from '#src/graphics/graphic-props.ts';
import type { VolumeDrawingProps } from '#src/graphics/volume/volume-drawing.tsx';

type Pair<P> = { Drawing: ComponentType<P>; Table: ComponentType<TableProps> };

export type PrintDrawings = { [K in Exclude<GraphicKind, 'volume'>]: Pair<DrawingProps<K>> } & { volume: Pair<VolumeDrawingProps> };
