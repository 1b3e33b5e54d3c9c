// The figures as a flat table: the rows of the "download the data" files and of the method section.
import type { Story } from '#src/data/schema.ts';
import { isApproximate, statedValue } from '#src/data/stated.ts';
import { reportNumber } from '#src/data/report-words.ts';
import type { EditionFormat } from '#src/i18n/edition-format.ts';

/**
 * One figure. Codes (`id`, `unit`, `currency`, `kind`) and the column names are the same in every edition;
 * the other text is in the edition's language, but for the report's own words, which stay as it wrote them.
 */
export type FigureRow = {
  id: string;
  label: string;
  /** The value as a number; a derived one rounded to what its inputs support (4.2, not 4.199). */
  value: number;
  /** The value as the report writes it, in its English ("1.0", "770"); empty for a derived value, which it never writes. */
  value_as_written: string;
  /** The value as this edition's page states it, unit and "about" included ("about 4.2 trillion yuan", "约7700亿美元"). */
  value_as_stated: string;
  /** True where the value is not exact: the report's "about" dollar conversions, and every derived value. */
  approximate: boolean;
  unit: string;
  currency: string | null;
  year: number | null;
  kind: string;
  attribution: string;
  /** The report's sentence the figure comes from, word for word in its English; empty for a derived one. */
  source_sentence: string;
  /** That sentence in our translation, in an edition other than English (the column is left out in English). */
  source_sentence_our_translation?: string;
  method: string;
};

/**
 * The story's figures as rows, in the story's language, written the edition's way (`format`, its catalog's
 * download.* words among them).
 * @param english the English story, for the report's own sentences (the story itself where it is English)
 */
export function figureRows(story: Story, format: EditionFormat, english: Story = story): FigureRow[] {
  const translated = english !== story;
  return story.figures.map((f, i) => {
    const original = english.figures[i] ?? f;
    return {
      id: f.id,
      label: f.label,
      value: statedValue(f),
      value_as_written: f.kind === 'derived' ? '' : reportNumber(f.value),
      value_as_stated: format.figure(f).stated,
      approximate: isApproximate(f),
      unit: f.unit,
      currency: f.currency,
      year: f.year,
      kind: f.kind,
      attribution: f.kind === 'derived' ? format.t('download.derived') : f.attribution,
      source_sentence: original.kind === 'derived' ? '' : original.quote,
      ...(translated && { source_sentence_our_translation: f.kind === 'derived' ? '' : f.quote }),
      method: f.kind === 'derived' ? format.t('download.inputs', { method: f.method, inputs: f.derivedFrom.join(', ') }) : '',
    };
  });
}

// A cell a spreadsheet would read as a formula: starting with =, +, -, @, a tab or a carriage return.
const formulaStart = /^[=+\-@\t\r]/;
// Only a cell that is wholly a number may keep a leading sign ("-1.5"); "-1+1+cmd|…" must not.
const wholeNumber = /^[+-]?\d+(?:\.\d+)?$/;

/** One CSV cell: formulas defused with a leading apostrophe, then quoted if it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const safe = formulaStart.test(text) && !wholeNumber.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function figuresCsv(story: Story, format: EditionFormat, english?: Story): string {
  const rows = figureRows(story, format, english);
  const columns = Object.keys(rows[0] ?? {}) as (keyof FigureRow)[];
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function figuresJson(story: Story, format: EditionFormat, english?: Story): string {
  // The report's file is the project's, not the site's: its path would lead nowhere.
  const source = { ...story.sources.find((s) => s.id === story.meta.source), file: undefined };
  return `${JSON.stringify({ about: format.t('download.about'), source, figures: figureRows(story, format, english) }, null, 2)}\n`;
}
