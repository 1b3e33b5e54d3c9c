// What every chart component receives: the story, the graphic state to draw, and the size to draw at.
import type { ChartKind, StateOf } from '@/data/schema';
import type { Story } from '@/data/validate';

export type ChartProps<K extends ChartKind> = {
  story: Story;
  /** The graphic state to draw; the picture is a pure function of it (and of the size). */
  state: StateOf<K>;
  /** Drawing size in CSS pixels; the SVG's viewBox is exactly this, so 1 unit = 1 px. */
  width: number;
  height: number;
};

export type TableProps = { story: Story };
