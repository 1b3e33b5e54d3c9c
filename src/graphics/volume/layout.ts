// The volume graphic's geometry: one bar per year on a fixed scale, value labels, kind words and growth brackets.
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Currency, Figure } from '#src/data/schema.ts';
import type { StateOf } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';
import { wrapWords, type Typesetter } from '#src/lib/wrap-words.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Translate } from '#src/edition/message.ts';
import { changeFigure, fromDifferentBodies, volumeFigure, volumeYears, type Kind } from './volume-data.ts';
import { growthLines } from './volume-labels.ts';

/** What the volume graphic is laid out with: the edition's words and figures, and its typesetter. */
export type VolumeSetting = Pick<Edition, 'figures'> & { t: Translate; type: Typesetter };

/** `normal` when no year is highlighted; otherwise one `highlighted` and the rest `dimmed`. */
export type Emphasis = 'highlighted' | 'dimmed' | 'normal';
type TextAt = { text: string; y: number };

export type VolumeBar = {
  year: number;
  /** Null where the report has no figure for the year in this currency. */
  figureId: string | null;
  kind: Kind | null;
  /** Whether the state includes the year. Hidden bars keep their geometry and are drawn at zero height. */
  shown: boolean;
  highlighted: boolean;
  emphasis: Emphasis;
  x: number;
  width: number;
  centre: number;
  /** Full height of the bar above the baseline (0 without a figure). */
  height: number;
  /**
   * Centred at `x`: over the bar, or moved in as little as needs be so a long label stays in the drawing;
   * `lines`, the label wrapped to its slot (one, unless a language's words are long), `y` the first's baseline.
   */
  value: (TextAt & { x: number; lines: string[] }) | null;
  /** Instead of a bar: why there is none. `y` is the first line's baseline. */
  note: { lines: string[]; y: number } | null;
  yearLabel: TextAt;
  kindLabel: TextAt | null;
};

export type GrowthMark = {
  from: number;
  to: number;
  figureId: string;
  kind: Kind;
  /** Only when both years are shown. */
  shown: boolean;
  /** A bracket from above one bar to above the next, ending in an arrow. */
  path: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
};

export type VolumeLayout = {
  width: number;
  height: number;
  currency: Currency;
  /** Top of the scale: the largest value in this currency over all years, so steps never rescale. */
  max: number;
  baseline: { x1: number; x2: number; y: number };
  valueFontSize: number;
  /** Between the lines of a value label that wraps. */
  valueLineHeight: number;
  /** Size and line spacing of the growth labels (the note uses the line spacing too). */
  growthFontSize: number;
  lineHeight: number;
  bars: VolumeBar[];
  growth: GrowthMark[];
};

const pad = 8;
const small = 12;
const rise = 10;
const bottom = 40;
const round = (n: number) => Math.round(n * 10) / 10;

export function volumeLayout(
  story: PageStory,
  currency: Currency,
  size: { width: number; height: number },
  state: StateOf<'volume'>,
  { t, figures, type }: VolumeSetting,
): VolumeLayout {
  const { width, height } = size;
  const text = (figure: Figure) => {
    const found = figures[figure.id];
    if (!found) throw new Error(`The edition has no words for the figure "${figure.id}"`);
    return found;
  };
  const valueFontSize = width >= 480 ? 16 : 14;
  const growthFontSize = width >= 480 ? 14 : 12;
  const lineHeight = growthFontSize + 3;
  const years = volumeYears(story);
  const series = years.map((year) => ({ year, figure: volumeFigure(story, year, currency) }));
  const steps = years.slice(1).flatMap((to, i) => {
    const figure = changeFigure(story, to);
    return figure
      ? [{ from: years[i] ?? to, to, figure, lines: growthLines(t, figure, text(figure), currency, fromDifferentBodies(story, figure)) }]
      : [];
  });
  const x = scaleBand<number>()
    .domain(years)
    .range([pad, width - pad])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  // A value label takes its slot's width at most, on as many lines as it needs, so it never runs into the next.
  const valueLines = new Map(
    series.flatMap(({ figure }) =>
      figure ? [[figure.id, wrapWords(type, text(figure).approxShort, x.step() - 4, valueFontSize, true)] as const] : [],
    ),
  );
  const valueLineHeight = valueFontSize + 2;
  const maxValueLines = Math.max(1, ...[...valueLines.values()].map((lines) => lines.length));
  const maxLines = max(steps, (s) => s.lines.length) ?? 0;
  const top = pad + maxLines * lineHeight + rise + 6 + valueFontSize + (maxValueLines - 1) * valueLineHeight + 6;
  // A box too short for the labels (a phone in presentation) squashes the bars to nothing, never below it.
  const baseline = Math.max(height - bottom, top);
  const domainMax = max(series, (s) => s.figure?.value) ?? 1;
  /** Where labels centred at `at` go so that the widest stays inside the drawing, measured as the edition's sans sets it (bold, the widest). */
  const inside = (at: number, labels: string[], fontSize: number) => {
    const half = Math.max(...labels.map((label) => type.width(label, fontSize, 700))) / 2 + 2;
    return round(Math.max(half, Math.min(width - half, at)));
  };
  const y = scaleLinear().domain([0, domainMax]).range([baseline, top]);

  const bars = series.map(({ year, figure }): VolumeBar => {
    const left = x(year) ?? 0;
    const centre = left + x.bandwidth() / 2;
    const barTop = figure ? y(figure.value) : baseline;
    const highlighted = state.highlight === year;
    const noteLines = figure ? [] : wrapWords(type, t('volume.noDollars'), x.step() - 8, small);
    const kind = figure?.kind ?? null;
    const lines = figure ? (valueLines.get(figure.id) ?? []) : [];
    return {
      year,
      figureId: figure?.id ?? null,
      kind,
      shown: state.years.includes(year),
      highlighted,
      emphasis: highlighted ? 'highlighted' : state.highlight === null ? 'normal' : 'dimmed',
      x: left,
      width: x.bandwidth(),
      centre,
      height: baseline - barTop,
      value: figure
        ? {
            text: text(figure).approxShort,
            lines,
            x: inside(centre, lines, valueFontSize),
            y: barTop - 6 - (lines.length - 1) * valueLineHeight,
          }
        : null,
      note: figure ? null : { lines: noteLines, y: baseline - 8 - (noteLines.length - 1) * lineHeight },
      yearLabel: { text: String(year), y: baseline + 17 },
      // Without a bar there is nothing for a kind word to describe; the note says why.
      kindLabel: kind ? { text: t(`kinds.${kind}`), y: baseline + 33 } : null,
    };
  });

  // Where a bracket may start or end above a slot: over its value label, or over its note.
  const anchor = (bar: VolumeBar) => (bar.value ? bar.value.y - valueFontSize : (bar.note?.y ?? baseline) - small) - 4;
  const growth = steps.map(({ from, to, figure, lines }): GrowthMark => {
    const a = bars.find((b) => b.year === from);
    const b = bars.find((b2) => b2.year === to);
    const [ya, yb] = [a ? anchor(a) : baseline, b ? anchor(b) : baseline];
    const xa = (a?.centre ?? 0) + 5;
    const xb = (b?.centre ?? 0) - 5;
    const yTop = Math.min(ya, yb) - rise;
    return {
      from,
      to,
      figureId: figure.id,
      kind: figure.kind,
      shown: state.years.includes(from) && state.years.includes(to),
      path: `M${round(xa)},${round(ya)}V${round(yTop)}H${round(xb)}V${round(yb)}`,
      lines,
      x: inside((xa + xb) / 2, lines, growthFontSize),
      y: yTop - 5 - (lines.length - 1) * lineHeight,
    };
  });

  return {
    width,
    height,
    currency,
    max: domainMax,
    baseline: { x1: pad, x2: width - pad, y: baseline },
    valueFontSize,
    valueLineHeight,
    growthFontSize,
    lineHeight,
    bars,
    growth,
  };
}
