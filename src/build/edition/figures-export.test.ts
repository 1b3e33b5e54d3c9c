import { describe, expect, it } from 'vitest';
import { csvCell, figureRows, figuresCsv, figuresJson, type FigureRow } from './figures-export.ts';
import { dataFiles } from '#src/build/story-data-plugin.ts';
import { editions } from '#src/i18n/editions.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';
import { parseStory } from '#test/support/english.ts';
import { testSite } from '#test/support/edition.ts';

const story = parseStory();
const format = englishFormat();
const row = (id: string) => figureRows(story, format).find((r) => r.id === id);
const significantFigures = (n: number) =>
  String(n)
    .replace(/^0\.0*|\./g, '')
    .replace(/0+$/, '').length;

describe('figure downloads', () => {
  it('lists every figure once, with its kind', () => {
    const rows = figureRows(story, format);
    expect(rows.map((r) => r.id)).toEqual(story.figures.map((f) => f.id));
    expect(row('volume-2016-cny')?.kind).toBe('forecast');
  });

  it('gives derived figures their computed value rounded to two significant figures, as the story states it, their method, and no source sentence', () => {
    expect(row('volume-2014-cny')).toMatchObject({ value: 4.2, value_as_stated: 'about 4.2 trillion yuan', source_sentence: '' });
    expect(row('volume-2014-cny')?.method).toContain('5.4 trillion yuan ÷ 1.286');
    expect(row('growth-2016')).toMatchObject({ value: 20, value_as_stated: 'about 20 percent' });
    expect(row('increase-2016-cny')).toMatchObject({ value: 1.1, value_as_stated: 'about 1.1 trillion yuan' });
    for (const r of figureRows(story, format).filter((r) => r.kind === 'derived'))
      expect(significantFigures(r.value), r.id).toBeLessThanOrEqual(2);
  });

  it('leaves “value as written” empty for a derived value, which the report never writes', () => {
    expect(figureRows(story, format).filter((r) => r.kind === 'derived' && r.value_as_written !== '')).toEqual([]);
  });

  it('marks as approximate every derived value and every value the report gives as “about”', () => {
    for (const f of story.figures) {
      const about = f.kind !== 'derived' && f.quote.includes(`about ${row(f.id)?.value_as_written}`);
      expect(row(f.id)?.approximate, f.id).toBe(f.kind === 'derived' || about);
    }
    expect(row('volume-2015-usd')?.approximate).toBe(true);
    expect(row('volume-2015-cny')?.approximate).toBe(false);
  });

  it('keeps each value as the report writes it: Lazada’s 1.0 billion, not 1', () => {
    expect(row('lazada-stake')).toMatchObject({ value: 1, value_as_written: '1.0' });
    for (const f of story.figures) if (f.kind !== 'derived') expect(f.quote, f.id).toContain(row(f.id)?.value_as_written);
  });

  it('writes a CSV with a header and one line per figure, quoting cells with commas', () => {
    const lines = figuresCsv(story, format).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,label,value,value_as_written,value_as_stated,approximate,unit,currency,year,kind,attribution,source_sentence,method',
    );
    expect(lines).toHaveLength(story.figures.length + 1);
    expect(lines.find((l) => l.startsWith('volume-2015-usd,'))).toMatch(
      /^volume-2015-usd,"[^"]+",770,770,about 770 billion US dollars,true,billion,USD,2015,reported,/,
    );
    expect(lines.find((l) => l.startsWith('lazada-stake,'))).toContain(',1,1.0,1.0 billion US dollars,false,');
  });

  it('defuses any cell a spreadsheet would run as a formula, leaving only whole numbers alone', () => {
    expect(csvCell("-1+1+cmd|' /C calc'!A0")).toBe("'-1+1+cmd|' /C calc'!A0");
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+1')).toBe('+1');
    expect(csvCell('-4.2')).toBe('-4.2');
    expect(csvCell(-4.2)).toBe('-4.2');
    expect(csvCell('-4.2e3')).toBe("'-4.2e3");
  });

  it('writes JSON naming the source, its columns explained, numbers as numbers and no value as null', () => {
    const json = JSON.parse(figuresJson(story, format)) as { about: string; source: Record<string, unknown>; figures: FigureRow[] };
    expect(json.source).toMatchObject({ publisher: 'Xinhua', date: '2016-12-27' });
    // The report's file is the project's: its path would lead nowhere on the site.
    expect(json.source).not.toHaveProperty('file');
    expect(json.about).toContain('value_as_stated');
    expect(json.figures).toHaveLength(story.figures.length);
    expect(json.figures.find((f) => f.id === 'share-foreign-trade')).toMatchObject({ year: null, currency: null });
    expect(json.figures.find((f) => f.id === 'volume-2015-cny')).toMatchObject({ year: 2015, currency: 'CNY' });
  });
});

describe.each(editions.filter((e) => e.code !== 'en'))('the figures files the $name edition serves', (edition) => {
  const files = dataFiles(testSite());
  const csv = files.get(`${edition.path}data/cross-border-figures.csv`)?.body ?? '';
  const json = JSON.parse(files.get(`${edition.path}data/cross-border-figures.json`)?.body ?? '{}') as {
    about: string;
    source: Record<string, string>;
    figures: FigureRow[];
  };
  const english = JSON.parse(files.get('data/cross-border-figures.json')?.body ?? '{}') as { figures: FigureRow[] };
  // Codes, the same in every edition and documented in data/README.md, and the report's own English.
  const codes = new Set<keyof FigureRow>([
    'id',
    'value',
    'value_as_written',
    'approximate',
    'unit',
    'currency',
    'year',
    'kind',
    'source_sentence',
  ]);
  const columns = Object.keys(json.figures[0] ?? {});
  const ids = new Set(json.figures.map((f) => f.id));
  /** Latin words in lower case, once the figures' ids and the columns' names are taken out: English. */
  const englishWords = (text: string) =>
    (text.match(/[A-Za-z0-9_-]+/g) ?? []).filter((word) => !ids.has(word) && !columns.includes(word) && /^[^A-Z]*[a-z]{3,}/.test(word));

  it('has no English but in the documented code columns and the report’s own sentences', () => {
    const cells = [
      json.about,
      ...Object.entries(json.source).flatMap(([key, value]) => (key === 'id' || key === 'date' ? [] : [value])),
      ...json.figures.flatMap((f) =>
        Object.entries(f).flatMap(([key, value]) => (codes.has(key as keyof FigureRow) ? [] : [String(value)])),
      ),
    ];
    expect(cells.flatMap((cell) => englishWords(cell).map((word) => `${word} in “${cell}”`))).toEqual([]);
  });

  it('gives the report’s sentence as it wrote it, and ours beside it in a column that says it is our translation', () => {
    expect(json.figures.map((f) => f.source_sentence)).toEqual(english.figures.map((f) => f.source_sentence));
    for (const f of json.figures.filter((f) => f.kind !== 'derived')) {
      expect(f.source_sentence_our_translation, f.id).not.toBe('');
      expect(f.source_sentence_our_translation, f.id).not.toBe(f.source_sentence);
    }
    expect(csv.split('\r\n')[0]).toContain(',source_sentence,source_sentence_our_translation,');
  });

  it('never puts a derived value in the column of values as the report writes them', () => {
    expect(json.figures.filter((f) => f.kind === 'derived').map((f) => f.value_as_written)).toEqual(['', '', '']);
  });
});
