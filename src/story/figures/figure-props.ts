// What each of the story's figures receives from the graphic panel.
import type { ChartKind, StateOf } from '@/data/schema';
import type { Story } from '@/data/validate';

export type FigureProps<K extends ChartKind> = {
  story: Story;
  state: StateOf<K>;
  /** Whether the current step shows this figure. */
  active: boolean;
};
