// The timeline drawn down the page: months on a vertical axis, titles in a column to the right (phones, tall panels).
import { scaleBand } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { placeEvents, stackDepth } from './place-events.ts';
import { labelledMonths } from './months.ts';
import { blockWidth, wrapWords } from '#src/lib/wrap-words.ts';
import type { OrientedLayout, OrientInput } from './oriented.ts';

const pad = { top: 12, bottom: 12, right: 8 };
const tickLabelEnd = 32;
const axisX = 44;

export function verticalTimeline({ events, months, monthLabels, type, width, height, rMax }: OrientInput): OrientedLayout {
  const fontSize = width >= 480 ? 14 : 13;
  const lineHeight = fontSize + 4;
  const step = rMax * 2 + 2;
  const offAxis = events.map((e) => ({ ...e, offAxis: e.at !== undefined }));
  const maxStack = stackDepth(offAxis);
  const labelX = axisX + (maxStack - 1) * step + rMax + 3 + 18;
  const labelWidth = width - labelX - pad.right;

  const band = scaleBand<string>()
    .domain(months)
    .range([pad.top, height - pad.bottom]);
  // Wrapped at bold width for every event, so the highlight can move without the labels reflowing.
  const wrapped = events.map((e) => wrapWords(type, e.title, labelWidth, fontSize, true));
  const notes = events.map((e) => (e.note ? wrapWords(type, e.note, labelWidth, fontSize) : []));
  const lineCount = (i: number) => (wrapped[i]?.length ?? 1) + (notes[i]?.length ?? 0);
  const blocks = offAxis.map((e, i) => ({
    id: e.id,
    month: e.month,
    at: e.at,
    offAxis: e.offAxis,
    size: lineCount(i) * lineHeight,
    arrive: lineHeight / 2,
  }));
  const { placed, fits } = placeEvents(blocks, band, {
    axisS: axisX,
    step,
    rMax,
    labelS: labelX,
    range: [4, height - 4],
    gap: 6,
  });

  const path = line<[number, number]>().curve(curveMonotoneX);
  const shown = labelledMonths(months, new Set(events.map((e) => e.month)), band.bandwidth() >= fontSize + 2);
  return {
    orientation: 'vertical',
    fontSize,
    lineHeight,
    axis: { x1: axisX, y1: pad.top, x2: axisX, y2: height - pad.bottom },
    ticks: months.map((month) => {
      const y = (band(month) ?? 0) + band.bandwidth() / 2;
      return {
        month,
        label: shown.has(month) ? (monthLabels[month] ?? month) : null,
        x: tickLabelEnd,
        y: y + fontSize * 0.35,
        anchor: 'end' as const,
        tick: { x1: axisX - 5, y1: y, x2: axisX, y2: y },
      };
    }),
    events: placed.map((p, i) => ({
      id: p.id,
      mark: { x: p.s, y: p.t },
      label: { x: labelX, y: p.labelStart + lineHeight / 2 + fontSize * 0.35, lines: wrapped[i] ?? [], note: notes[i] ?? [] },
      labelBox: {
        x: labelX,
        y: p.labelStart,
        width: Math.max(blockWidth(type, wrapped[i] ?? [], fontSize, true), blockWidth(type, notes[i] ?? [], fontSize)),
        height: blocks[i]?.size ?? 0,
      },
      connector: path(p.connector.map(([t, s]) => [s, t])) ?? '',
    })),
    fits: fits && labelWidth >= 120,
  };
}
