// The timeline laid out along one orientation (vertical.ts, horizontal.ts): what each is given and gives back.
import type { Typesetter } from '#src/lib/wrap-words.ts';

export type Orientation = 'vertical' | 'horizontal';
export type Line = { x1: number; y1: number; x2: number; y2: number };
export type Box = { x: number; y: number; width: number; height: number };

export type Tick = { month: string; label: string | null; x: number; y: number; anchor: 'end' | 'middle'; tick: Line };

/**
 * An event to place: `month` is the month it is drawn in. An event the report gives no month has `at`,
 * where its report's date falls in that month (0 to 1), and `note`, the words that say so under its title.
 */
export type TimelineInputEvent = { id: string; month: string; title: string; at?: number; note?: string };

export type OrientInput = {
  events: TimelineInputEvent[];
  months: string[];
  /** The axis's label of each month ("Apr"). */
  monthLabels: Record<string, string>;
  type: Typesetter;
  width: number;
  height: number;
  rMax: number;
};

export type OrientedLayout = {
  orientation: Orientation;
  fontSize: number;
  lineHeight: number;
  axis: Line;
  ticks: Tick[];
  events: {
    id: string;
    mark: { x: number; y: number };
    /** Text starts at x (text-anchor start); y is the first line's baseline; `note` lines follow the title's. */
    label: { x: number; y: number; lines: string[]; note: string[] };
    /** The estimated box the label's lines fill, for overlap checks. */
    labelBox: Box;
    connector: string;
  }[];
  /** False when the titles could not be placed without overlapping or running off the area. */
  fits: boolean;
};
