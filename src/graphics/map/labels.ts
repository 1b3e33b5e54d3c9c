// Places the map's labels: inside the drawing, clear of each other and of the city dots, with no DOM to measure.
import type { TextWeight, TextWidth } from '#src/lib/text-width.ts';
import type { Size } from '#src/lib/use-element-size.ts';
import { mapHaloWidth } from '#src/graphics/halo.ts';

export type Anchor = 'start' | 'middle' | 'end';
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** A place that wants a label at its projected `label` point. Cities have a dot there; areas do not. */
export type LabelRequest = { id: string; name: string; x: number; y: number; placement: 'area' | 'city'; highlighted: boolean };

/** A placed label. `y` is the text's vertical centre: render it with dominant-baseline="central". */
export type LabelMark = {
  id: string;
  name: string;
  x: number;
  y: number;
  anchor: Anchor;
  fontSize: number;
  highlighted: boolean;
  /** The estimated box the text covers, used to keep labels and routes apart. */
  box: Box;
};

/**
 * Label font size in px (1 viewBox unit = 1 px): never below 12, so labels read on a 320 px phone, and
 * two px larger on drawings 900 px and wider, so they read on a projector from the back of a room.
 */
export function labelFontSize(highlighted: boolean, width: number): number {
  return (highlighted ? 13 : 12) + (width >= 900 ? 2 : 0);
}
/** Radius of a city dot, in px. */
export const dotRadius = 4.5;

const margin = 3;
const round = (value: number) => Math.round(value * 10) / 10;

/** Highlighted labels are set in Inter 600 (font-semibold), the rest in 400. */
const labelWeight = (highlighted: boolean): TextWeight => (highlighted ? 600 : 400);
/** How far the labels' halo reaches past the glyphs on either side. */
const haloReach = mapHaloWidth / 2;

export function textBox(measure: TextWidth, x: number, y: number, anchor: Anchor, name: string, fontSize: number, weight: TextWeight): Box {
  const width = measure(name, fontSize, weight) + 2 * haloReach;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - fontSize * 0.6, x1: x0 + width, y1: y + fontSize * 0.6 };
}

export function overlaps(a: Box, b: Box, gap = 2): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

type Candidate = { x: number; y: number; anchor: Anchor };

// Cities try below their dot first (away from the country names above them), then the sides, then above.
function candidates(request: LabelRequest, fontSize: number): Candidate[] {
  const { x, y } = request;
  if (request.placement === 'area') {
    const step = fontSize * 1.3;
    return [
      { x, y, anchor: 'middle' },
      { x, y: y + step, anchor: 'middle' },
      { x, y: y - step, anchor: 'middle' },
    ];
  }
  const gap = dotRadius + 3;
  return [
    { x, y: y + gap + fontSize * 0.6, anchor: 'middle' },
    { x: x + gap, y, anchor: 'start' },
    { x: x - gap, y, anchor: 'end' },
    { x, y: y - gap - fontSize * 0.6, anchor: 'middle' },
  ];
}

/** Moves a label as little as possible so that its whole box is inside the drawing. */
function clamp(
  measure: TextWidth,
  candidate: Candidate,
  request: LabelRequest,
  fontSize: number,
  { width, height }: Size,
): LabelMark['box'] & Candidate {
  const box = textBox(measure, candidate.x, candidate.y, candidate.anchor, request.name, fontSize, labelWeight(request.highlighted));
  const dx = box.x0 < margin ? margin - box.x0 : box.x1 > width - margin ? width - margin - box.x1 : 0;
  const dy = box.y0 < margin ? margin - box.y0 : box.y1 > height - margin ? height - margin - box.y1 : 0;
  return {
    x0: box.x0 + dx,
    y0: box.y0 + dy,
    x1: box.x1 + dx,
    y1: box.y1 + dy,
    x: candidate.x + dx,
    y: candidate.y + dy,
    anchor: candidate.anchor,
  };
}

/**
 * Places labels greedily: highlighted before context labels, areas before cities (cities have more
 * room to move). Each takes its first candidate that clears everything placed so far and the dots;
 * if none does, its first candidate, so a label is never dropped.
 */
export function placeLabels(measure: TextWidth, requests: LabelRequest[], dots: { x: number; y: number }[], size: Size): LabelMark[] {
  const rank = (r: LabelRequest) => (r.highlighted ? 0 : 2) + (r.placement === 'area' ? 0 : 1);
  const taken: Box[] = dots.map(({ x, y }) => ({ x0: x - dotRadius, y0: y - dotRadius, x1: x + dotRadius, y1: y + dotRadius }));
  const placed = new Map<string, LabelMark>();
  for (const request of [...requests].sort((a, b) => rank(a) - rank(b))) {
    const fontSize = labelFontSize(request.highlighted, size.width);
    const options = candidates(request, fontSize).map((c) => clamp(measure, c, request, fontSize, size));
    const best = options.find((o) => !taken.some((box) => overlaps(o, box))) ?? options[0];
    if (!best) continue;
    const box = { x0: best.x0, y0: best.y0, x1: best.x1, y1: best.y1 };
    taken.push(box);
    const { id, name, highlighted } = request;
    placed.set(id, { id, name, x: round(best.x), y: round(best.y), anchor: best.anchor, fontSize, highlighted, box });
  }
  // Back in the caller's order, so the rendered order does not depend on collisions.
  return requests.flatMap((r) => placed.get(r.id) ?? []);
}
