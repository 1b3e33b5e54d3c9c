// The timeline drawn across: months along a horizontal axis, titles in a row below it (wide, short panels).
import { scaleBand } from 'd3-scale';
import { curveMonotoneY, line } from 'd3-shape';
import { placeEvents, stackDepth } from './place-events.ts';
import { labelledMonths } from './months.ts';
import { blockWidth, wrapWords } from '#src/lib/wrap-words.ts';
import type { OrientedLayout, OrientInput } from './oriented.ts';

const pad = { left: 16, right: 16, bottom: 8 };
const axisTop = 36;
const labelGap = 14;

export function horizontalTimeline({ events, months, monthLabels, type, width, height, rMax }: OrientInput): OrientedLayout {
  const fontSize = 14;
  const lineHeight = fontSize + 4;
  const step = rMax * 2 + 2;
  const offAxis = events.map((e) => ({ ...e, offAxis: e.at !== undefined }));
  const maxStack = stackDepth(offAxis);
  // A deeper gap than the vertical list: titles can sit far along from their marks, so connectors need room to slope.
  const labelGapS = (maxStack - 1) * step + rMax + 3 + 40;
  const usable = width - pad.left - pad.right;
  // Narrow columns keep the row of titles short, so they stay near their months.
  const wrapAt = Math.min(170, Math.max(110, usable / (events.length + 1)));

  const band = scaleBand<string>()
    .domain(months)
    .range([pad.left, width - pad.right]);
  // Wrapped at bold width for every event, so the highlight can move without the labels reflowing.
  const wrapped = events.map((e) => wrapWords(type, e.title, wrapAt, fontSize, true));
  const notes = events.map((e) => (e.note ? wrapWords(type, e.note, wrapAt, fontSize) : []));
  const lineCount = (i: number) => (wrapped[i]?.length ?? 1) + (notes[i]?.length ?? 0);
  const tallest = Math.max(...events.map((_, i) => lineCount(i))) * lineHeight;
  // The whole row is centred in the height, rather than hanging from the top of a short wide panel.
  const axisY = axisTop + Math.max(0, (height - pad.bottom - axisTop - labelGapS - tallest) / 2);
  const labelY = axisY + labelGapS;
  const widths = wrapped.map((lines, i) => Math.max(blockWidth(type, lines, fontSize, true), blockWidth(type, notes[i] ?? [], fontSize)));
  const blocks = offAxis.map((e, i) => {
    const size = widths[i] ?? 0;
    return { id: e.id, month: e.month, at: e.at, offAxis: e.offAxis, size, arrive: Math.min(10, size / 2) };
  });
  const { placed, fits } = placeEvents(blocks, band, {
    axisS: axisY,
    step,
    rMax,
    labelS: labelY,
    range: [pad.left, width - pad.right],
    gap: labelGap,
  });

  const path = line<[number, number]>().curve(curveMonotoneY);
  const shown = labelledMonths(months, new Set(events.map((e) => e.month)), band.bandwidth() >= fontSize * 2.4);
  return {
    orientation: 'horizontal',
    fontSize,
    lineHeight,
    axis: { x1: pad.left, y1: axisY, x2: width - pad.right, y2: axisY },
    ticks: months.map((month) => {
      const x = (band(month) ?? 0) + band.bandwidth() / 2;
      return {
        month,
        label: shown.has(month) ? (monthLabels[month] ?? month) : null,
        x,
        y: axisY - 12,
        anchor: 'middle' as const,
        tick: { x1: x, y1: axisY - 5, x2: x, y2: axisY },
      };
    }),
    events: placed.map((p, i) => ({
      id: p.id,
      mark: { x: p.t, y: p.s },
      label: { x: p.labelStart, y: labelY + lineHeight / 2 + fontSize * 0.35, lines: wrapped[i] ?? [], note: notes[i] ?? [] },
      labelBox: { x: p.labelStart, y: labelY, width: widths[i] ?? 0, height: lineCount(i) * lineHeight },
      connector: path(p.connector) ?? '',
    })),
    fits: fits && labelY + tallest <= height - pad.bottom,
  };
}
