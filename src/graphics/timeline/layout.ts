// The timeline's geometry: the months of the year on an axis, the story's events as marks with wrapped titles.
import type { StateOf } from '#src/data/schema.ts';
import type { Story } from '#src/data/schema.ts';
import { byEventTime, eventMonth, isDated } from '#src/data/event-time.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Typesetter } from '#src/lib/wrap-words.ts';
import { monthsOfYear } from './months.ts';
import { verticalTimeline } from './vertical.ts';
import { horizontalTimeline } from './horizontal.ts';
import type { OrientInput, OrientedLayout, TimelineInputEvent } from './oriented.ts';

/** `normal` when no event is highlighted; otherwise one `highlighted` and the rest `muted`. */
export type Emphasis = 'highlighted' | 'muted' | 'normal';
/** What the timeline is laid out with: the edition's words for its events and months, and its typesetter. */
export type TimelineSetting = Pick<Edition, 'events' | 'months'> & { type: Typesetter };

export type { Orientation, Tick, TimelineInputEvent, OrientInput, OrientedLayout } from './oriented.ts';

export type TimelineEventLayout = OrientedLayout['events'][number] & {
  /** The month it is drawn in: its own, or its report's for an event the report gives no month. */
  month: string;
  /** False for an event the report gives no month (drawn hollow and dashed, apart from the axis). */
  dated: boolean;
  /** "April 2016", or "month not given; reported 27 December 2016 as recent". */
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

/** Where a date falls in its month, 0 to 1: the middle of its day. */
function dayFraction(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (day - 0.5) / days;
}

export function timelineLayout(
  story: Story,
  size: { width: number; height: number },
  state: StateOf<'timeline'>,
  setting: TimelineSetting,
): TimelineLayout {
  // Same-month events keep the data's order (the sort is stable); one with no month comes after them.
  const sorted = [...story.events].sort(byEventTime);
  const events: TimelineInputEvent[] = sorted.map((e) =>
    isDated(e)
      ? { id: e.id, month: e.month, title: e.title }
      : {
          id: e.id,
          month: eventMonth(e),
          title: e.title,
          at: dayFraction(e.reported),
          note: setting.events[e.id]?.note ?? '',
        },
  );
  const year = Number((events[0]?.month ?? '2016').slice(0, 4));
  const oriented = orient({
    ...size,
    events,
    months: monthsOfYear(year),
    monthLabels: setting.months,
    type: setting.type,
    rMax: radius * highlightScale,
  });
  return {
    ...oriented,
    ...size,
    events: oriented.events.map((placed, i) => {
      const event = sorted[i];
      const input = events[i];
      const highlighted = state.event === placed.id;
      return {
        ...placed,
        month: input?.month ?? '',
        dated: event ? isDated(event) : true,
        monthLabel: event ? (setting.events[event.id]?.when ?? '') : '',
        title: input?.title ?? '',
        highlighted,
        emphasis: highlighted ? 'highlighted' : state.event === null ? 'normal' : 'muted',
        r: radius,
        scale: highlighted ? highlightScale : 1,
      };
    }),
  };
}
