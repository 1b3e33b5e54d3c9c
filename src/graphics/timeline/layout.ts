// The timeline's geometry: the months of the year on an axis, the story's events as marks with wrapped titles.
import type { StateOf } from '#src/data/schema.ts';
import type { Story } from '#src/data/validate.ts';
import { byMonth, formatMonth } from '#src/data/format.ts';
import { monthsOfYear } from './months.ts';
import { verticalTimeline } from './vertical.ts';
import { horizontalTimeline } from './horizontal.ts';

export type Orientation = 'vertical' | 'horizontal';
/** `normal` when no event is highlighted; otherwise one `highlighted` and the rest `muted`. */
export type Emphasis = 'highlighted' | 'muted' | 'normal';
type Line = { x1: number; y1: number; x2: number; y2: number };
type Box = { x: number; y: number; width: number; height: number };

export type Tick = { month: string; label: string | null; x: number; y: number; anchor: 'end' | 'middle'; tick: Line };

export type OrientInput = {
  events: { id: string; month: string; title: string }[];
  months: string[];
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
    /** Text starts at x (text-anchor start); y is the first line's baseline. */
    label: { x: number; y: number; lines: string[] };
    /** The estimated box the label's lines fill, for overlap checks. */
    labelBox: Box;
    connector: string;
  }[];
  /** False when the titles could not be placed without overlapping or running off the area. */
  fits: boolean;
};

export type TimelineEventLayout = OrientedLayout['events'][number] & {
  month: string;
  /** "April 2016", for the mark's accessible text. */
  monthLabel: string;
  title: string;
  highlighted: boolean;
  emphasis: Emphasis;
  /** Mark radius and the scale it is drawn at (a highlighted mark is drawn larger). */
  r: number;
  scale: number;
};

export type TimelineLayout = Omit<OrientedLayout, 'events'> & { width: number; height: number; events: TimelineEventLayout[] };

const radius = 5;
const highlightScale = 1.5;

/** Horizontal only where it is wide and short and the titles fit in one row; otherwise a vertical list. */
function orient(input: OrientInput): OrientedLayout {
  if (input.width >= 600 && input.width >= input.height * 1.5) {
    const across = horizontalTimeline(input);
    if (across.fits) return across;
  }
  return verticalTimeline(input);
}

export function timelineLayout(story: Story, size: { width: number; height: number }, state: StateOf<'timeline'>): TimelineLayout {
  // Same-month events keep the data's order; the sort is stable.
  const events = [...story.events].sort(byMonth);
  const year = Number((events[0]?.month ?? '2016').slice(0, 4));
  const oriented = orient({ ...size, events, months: monthsOfYear(year), rMax: radius * highlightScale });
  return {
    ...oriented,
    ...size,
    events: oriented.events.map((placed, i) => {
      const event = events[i] ?? { id: placed.id, month: '', title: '' };
      const highlighted = state.event === event.id;
      return {
        ...placed,
        month: event.month,
        monthLabel: formatMonth(event.month),
        title: event.title,
        highlighted,
        emphasis: highlighted ? 'highlighted' : state.event === null ? 'normal' : 'muted',
        r: radius,
        scale: highlighted ? highlightScale : 1,
      };
    }),
  };
}
