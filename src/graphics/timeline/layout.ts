// The timeline's geometry: the months of the year down a vertical axis, each event a dot at its month with its
// wrapped title in a row to the right. One orientation at every size: five rows need no other.
import type { StateOf, PageStory } from '#src/data/schema.ts';
import { byEventTime, eventMonth, isDated } from '#src/data/event-time.ts';
import type { Edition } from '#src/edition/edition.ts';
import { blockWidth, wrapWords, type Typesetter } from '#src/lib/wrap-words.ts';

/** `normal` when no event is highlighted; otherwise one `highlighted` and the rest `muted`. */
export type Emphasis = 'highlighted' | 'muted' | 'normal';
/** What the timeline is laid out with: the edition's words for its events and months, and its typesetter. */
export type TimelineSetting = Pick<Edition, 'events' | 'months'> & { type: Typesetter };

type Point = { x: number; y: number };
type Box = Point & { width: number; height: number };

export type TimelineEventLayout = {
  id: string;
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
  mark: Point;
  /** Text starts at x; y is the first line's baseline; `note` lines follow the title's. */
  label: Point & { lines: string[]; note: string[] };
  /** The box the label's lines fill, for overlap checks. */
  labelBox: Box;
  /** From the mark, a short stub clear of the dots on the axis, then straight to the label's first line. */
  connector: [x: number, y: number][];
};

export type TimelineLayout = {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** The axis line, at x, from top to bottom; a tick and the edition's label ("Apr") at each month's y. */
  axis: { x: number; top: number; bottom: number };
  ticks: { month: string; label: string; y: number }[];
  events: TimelineEventLayout[];
};

const radius = 5;
const highlightScale = 1.5;
const pad = 12;
/** The axis leaves room for month labels on its left ("февр."); an undated mark sits this far right of it. */
const axisX = 48;
const apart = 16;
const labelX = axisX + 36;
const gap = 6;

/** Where a date falls in its month, 0 to 1: the middle of its day. */
function dayFraction(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return (day - 0.5) / new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function timelineLayout(
  story: PageStory,
  { width, height }: { width: number; height: number },
  state: StateOf<'timeline'>,
  setting: TimelineSetting,
): TimelineLayout {
  const fontSize = width >= 480 ? 14 : 13;
  const lineHeight = fontSize + 4;
  const sorted = [...story.events].sort(byEventTime);
  const year = sorted[0] ? eventMonth(sorted[0]).slice(0, 4) : '2016';
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const band = (height - 2 * pad) / 12;
  const monthY = (month: string, at = 0.5) => pad + (months.indexOf(month) + at) * band;

  // Titles wrap at bold width for every event, so the highlight can move without the rows reflowing.
  const wrapAt = width - labelX - pad;
  const rows = sorted.map((e) => {
    const dated = isDated(e);
    const lines = wrapWords(setting.type, e.title, wrapAt, fontSize, true);
    const note = dated ? [] : wrapWords(setting.type, setting.events[e.id]?.note ?? '', wrapAt, fontSize);
    const mark = dated ? { x: axisX, y: monthY(e.month) } : { x: axisX + apart, y: monthY(eventMonth(e), dayFraction(e.reported)) };
    return { e, dated, lines, note, mark, top: mark.y - lineHeight / 2, size: (lines.length + note.length) * lineHeight };
  });
  // Rows in time order, each pushed below the one before; if the last then runs off the bottom, pulled back up.
  let floor = 4;
  for (const row of rows) {
    row.top = Math.max(row.top, floor);
    floor = row.top + row.size + gap;
  }
  let ceiling = height - 4;
  for (const row of [...rows].reverse()) {
    row.top = Math.min(row.top, ceiling - row.size);
    ceiling = row.top - gap;
  }

  return {
    width,
    height,
    fontSize,
    lineHeight,
    axis: { x: axisX, top: pad, bottom: height - pad },
    ticks: months.map((month) => ({ month, label: setting.months[month] ?? month, y: monthY(month) })),
    events: rows.map(({ e, dated, lines, note, mark, top, size }) => {
      const highlighted = state.event === e.id;
      return {
        id: e.id,
        month: eventMonth(e),
        dated,
        monthLabel: setting.events[e.id]?.when ?? '',
        title: e.title,
        highlighted,
        emphasis: highlighted ? 'highlighted' : state.event === null ? 'normal' : 'muted',
        r: radius,
        scale: highlighted ? highlightScale : 1,
        mark,
        label: { x: labelX, y: top + lineHeight / 2 + fontSize * 0.35, lines, note },
        labelBox: {
          x: labelX,
          y: top,
          width: Math.max(blockWidth(setting.type, lines, fontSize, true), blockWidth(setting.type, note, fontSize)),
          height: size,
        },
        connector: [
          [mark.x, mark.y],
          [mark.x + radius * highlightScale + 2, mark.y],
          [labelX - 4, top + lineHeight / 2],
        ],
      };
    }),
  };
}
