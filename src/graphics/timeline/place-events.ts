// Where each event's mark, label block and connector go, in axis terms: t runs along the month axis, s across it.
// Working in (t, s) lets the vertical and horizontal timelines share one placement and differ only in mapping.
import type { ScaleBand } from 'd3-scale';
import { dodge } from './dodge.ts';

export type AxisPoint = [t: number, s: number];

export type EventBlock = {
  id: string;
  month: string;
  /** Length of the event's label block along the axis. */
  size: number;
  /** Where along its block (from the block's start) the connector arrives. */
  arrive: number;
  /** Where in its month's band the mark sits, 0 to 1; the middle (0.5) for an event dated to the month. */
  at?: number;
  /**
   * Never on the axis line: an event the report gives no month (reported as recent) sits across the axis
   * from the dated marks, at its report's date, so it cannot be read as placed on the month scale.
   */
  offAxis?: boolean;
};

export type Geometry = {
  /** Position of the axis line across the axis; the first mark of each month sits on it. */
  axisS: number;
  /** Spacing across the axis between marks of the same month. */
  step: number;
  /** Largest mark radius (a highlighted mark), which connectors must steer clear of. */
  rMax: number;
  /** Where label blocks start across the axis. */
  labelS: number;
  /** The stretch along the axis that label blocks may use. */
  range: [number, number];
  gap: number;
};

export type PlacedEvent = {
  id: string;
  /** Mark position. */
  t: number;
  s: number;
  labelStart: number;
  /** Connector from the mark to its label, as points for a monotone curve (s strictly increasing). */
  connector: AxisPoint[];
};

type Placeable = Pick<EventBlock, 'id' | 'month' | 'offAxis'>;

function monthGroups<E extends Placeable>(events: E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) groups.set(e.month, [...(groups.get(e.month) ?? []), e]);
  return groups;
}

/** Each mark's place across the axis: 0 on it, then outwards in its month's order; an off-axis mark never 0. */
function slots(groups: Map<string, Placeable[]>): Map<string, number> {
  const slot = new Map<string, number>();
  for (const group of groups.values()) group.forEach((e, i) => slot.set(e.id, e.offAxis ? Math.max(i, 1) : i));
  return slot;
}

/** How many marks deep the stack across the axis goes (at least 1), for the room the layouts leave for it. */
export function stackDepth(events: Placeable[]): number {
  return Math.max(1, ...[...slots(monthGroups(events)).values()].map((k) => k + 1));
}

/**
 * Same-month events are stacked across the axis (the report gives months, not days, so they must not
 * look earlier or later than each other). Their labels go in stacking order, and the connectors of the
 * inner marks first run in a lane beside the month, clear of the outer marks, so no line crosses a mark.
 * An event the report gives no month sits at its report's date (`at`), across the axis (`offAxis`).
 */
export function placeEvents(events: EventBlock[], months: ScaleBand<string>, g: Geometry): { placed: PlacedEvent[]; fits: boolean } {
  const centre = (month: string, at = 0.5) => (months(month) ?? 0) + months.bandwidth() * at;
  const groups = monthGroups(events);
  const slot = slots(groups);
  const maxStack = stackDepth(events);
  const sClear = g.axisS + (maxStack - 1) * g.step + g.rMax + 3;
  const lift = g.rMax + 3;

  const ideals = new Map<string, number>();
  for (const [month, group] of groups) {
    const groupSize = group.reduce((sum, e) => sum + e.size, 0) + g.gap * (group.length - 1);
    let start = group.length === 1 ? centre(month) - (group[0]?.arrive ?? 0) : centre(month) - groupSize / 2;
    for (const e of group) {
      ideals.set(e.id, start);
      start += e.size + g.gap;
    }
  }
  const { starts, fits } = dodge(
    events.map((e) => ({ ideal: ideals.get(e.id) ?? 0, size: e.size })),
    g.gap,
    g.range[0],
    g.range[1],
  );

  const placed = events.map((e, i): PlacedEvent => {
    const group = groups.get(e.month) ?? [e];
    const k = slot.get(e.id) ?? 0;
    const outer = group.filter((other) => (slot.get(other.id) ?? 0) > k).length;
    const t = centre(e.month, e.at);
    const s = g.axisS + k * g.step;
    const labelStart = starts[i] ?? 0;
    const arrival = labelStart + e.arrive;
    const lane = t - outer * lift;
    const connector: AxisPoint[] = [[t, s]];
    if (outer > 0) connector.push([lane, s + g.step / 2]);
    connector.push([lane, sClear], [arrival, g.labelS - 7], [arrival, g.labelS - 3]);
    return { id: e.id, t, s, labelStart, connector };
  });
  return { placed, fits };
}
