// What every graphic component receives: the story, the graphic state to draw, and the size to draw at.
import type { GraphicKind, StateOf } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';

export type DrawingProps<K extends GraphicKind> = {
  story: PageStory;
  /** The graphic state to draw; the picture is a pure function of it (and of the size). */
  state: StateOf<K>;
  /** Drawing size in CSS pixels; the SVG's viewBox is exactly this, so 1 unit = 1 px. */
  width: number;
  height: number;
};

export type TableProps = { story: PageStory };

/** What each whole graphic (frame, drawing and table) receives from the graphic panel. */
export type GraphicProps<K extends GraphicKind> = {
  story: PageStory;
  state: StateOf<K>;
  /** Whether the current step shows this graphic. */
  active: boolean;
  /**
   * Whether it is drawn at its box's size: the shown graphic, and those the steps either side show, so that
   * the step that shows a graphic changes none of its marks (docs/decisions.md).
   */
  sized: boolean;
};
