import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from './validate.ts';
import { csvCell, figureRows, figuresCsv, figuresDataUrl, figuresJson } from './figures-export.ts';

const story = parseStory(raw);
const row = (id: string) => figureRows(story).find((r) => r.id === id);
const significantFigures = (n: number) =>
  String(n)
    .replace(/^0\.0*|\./g, '')
    .replace(/0+$/, '').length;

describe('figure downloads', () => {
  it('lists every figure once, with its kind', () => {
    const rows = figureRows(story);
    expect(rows.map((r) => r.id)).toEqual(story.figures.map((f) => f.id));
    expect(row('volume-2016-cny')?.kind).toBe('forecast');
  });

  it('gives derived figures their computed value rounded to two significant figures, their method, and no source sentence', () => {
    expect(row('volume-2014-cny')).toMatchObject({ value: 4.2, value_as_written: '4.2', source_sentence: '' });
    expect(row('volume-2014-cny')?.method).toContain('5.4 trillion yuan ÷ 1.286');
    expect(row('growth-2016')).toMatchObject({ value: 20, value_as_written: '20' });
    expect(row('increase-2016-cny')).toMatchObject({ value: 1.1, value_as_written: '1.1' });
    for (const r of figureRows(story).filter((r) => r.kind === 'derived')) expect(significantFigures(r.value), r.id).toBeLessThanOrEqual(2);
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
    const lines = figuresCsv(story).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,label,value,value_as_written,approximate,unit,currency,year,kind,attribution,source_sentence,method');
    expect(lines).toHaveLength(story.figures.length + 1);
    expect(lines.find((l) => l.startsWith('volume-2015-usd,'))).toMatch(/^volume-2015-usd,"[^"]+",770,770,true,billion,USD,2015,reported,/);
    expect(lines.find((l) => l.startsWith('lazada-stake,'))).toContain(',1,1.0,false,');
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

  it('writes JSON naming the source', () => {
    const json = JSON.parse(figuresJson(story)) as { source: { publisher: string }; figures: { approximate: boolean }[] };
    expect(json.source.publisher).toBe('Xinhua');
    expect(json.figures).toHaveLength(story.figures.length);
    expect(json.figures.every((f) => typeof f.approximate === 'boolean')).toBe(true);
  });

  it('carries each file whole in a data: URL, for the offline file’s links', async () => {
    const csv = await fetch(figuresDataUrl('csv', story));
    expect(csv.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    expect(await csv.text()).toBe(figuresCsv(story));
    expect(await (await fetch(figuresDataUrl('json', story))).text()).toBe(figuresJson(story));
  });
});
