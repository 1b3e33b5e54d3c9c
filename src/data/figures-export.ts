// The figures as a flat table: the rows of the "download the data" files and of the method section.
import type { Story } from './validate.ts';
import { textDataUrl } from '#src/lib/data-url.ts';

export type FigureRow = {
  id: string;
  label: string;
  value: number;
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
    value: f.kind === 'derived' ? Math.round(f.value * 1000) / 1000 : f.value,
    unit: f.unit,
    currency: f.currency ?? '',
    year: f.year === null ? '' : String(f.year),
    kind: f.kind,
    attribution: f.kind === 'derived' ? 'Derived in this story' : f.attribution,
    source_sentence: f.kind === 'derived' ? '' : f.quote,
    method: f.kind === 'derived' ? `${f.method} Inputs: ${f.derivedFrom.join(', ')}.` : '',
  }));
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote every cell with a comma, quote or line break; also defuse spreadsheet formulas (=, +, -, @).
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
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
