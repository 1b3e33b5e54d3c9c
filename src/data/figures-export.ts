// The figures as a flat table: the rows of the "download the data" files and of the method section.
import type { Story } from './validate.ts';
import { formatNumber, localeOf } from './format.ts';
import { isApproximate, statedValue } from './stated.ts';
import { textDataUrl } from '#src/lib/data-url.ts';
import { strings } from '#src/lib/strings.ts';
import { fill } from '#src/lib/fill.ts';

export type FigureRow = {
  id: string;
  label: string;
  /** The value as a number; a derived one rounded to what its inputs support (4.2, not 4.199). */
  value: number;
  /** The value as the report writes it ("1.0", not 1), or as we state a derived one ("4.2", "20"). */
  value_as_written: string;
  /** True where the value is not exact: the report's "about" dollar conversions, and every derived value. */
  approximate: boolean;
  unit: string;
  currency: string;
  year: string;
  kind: string;
  attribution: string;
  source_sentence: string;
  method: string;
};

export function figureRows(story: Story): FigureRow[] {
  return story.figures.map((f) => ({
    id: f.id,
    label: f.label,
    value: statedValue(f),
    value_as_written: formatNumber(statedValue(f), localeOf(story.language)),
    approximate: isApproximate(f),
    unit: f.unit,
    currency: f.currency ?? '',
    year: f.year === null ? '' : String(f.year),
    kind: f.kind,
    attribution: f.kind === 'derived' ? strings.download.derived : f.attribution,
    source_sentence: f.kind === 'derived' ? '' : f.quote,
    method: f.kind === 'derived' ? fill(strings.download.inputs, { method: f.method, inputs: f.derivedFrom.join(', ') }) : '',
  }));
}

// A cell a spreadsheet would read as a formula: starting with =, +, -, @, a tab or a carriage return.
const formulaStart = /^[=+\-@\t\r]/;
// Only a cell that is wholly a number may keep a leading sign ("-1.5"); "-1+1+cmd|…" must not.
const wholeNumber = /^[+-]?\d+(?:\.\d+)?$/;

/** One CSV cell: formulas defused with a leading apostrophe, then quoted if it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean): string {
  const text = String(value);
  const safe = formulaStart.test(text) && !wholeNumber.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function figuresCsv(story: Story): string {
  const rows = figureRows(story);
  const columns = Object.keys(rows[0] ?? {}) as (keyof FigureRow)[];
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function figuresJson(story: Story): string {
  const source = story.sources.find((s) => s.id === story.meta.source);
  return `${JSON.stringify({ source, figures: figureRows(story) }, null, 2)}\n`;
}

export type FiguresFormat = 'csv' | 'json';

/** A figures file as a `data:` URL: the offline file's download links carry their files (it has no data/ folder). */
export function figuresDataUrl(format: FiguresFormat, story: Story): string {
  return format === 'csv' ? textDataUrl('text/csv;charset=utf-8', figuresCsv(story)) : textDataUrl('application/json', figuresJson(story));
}
