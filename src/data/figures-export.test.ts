import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from './validate.ts';
import { figureRows, figuresCsv, figuresDataUrl, figuresJson } from './figures-export.ts';

const story = parseStory(raw);

describe('figure downloads', () => {
  it('lists every figure once, with its kind', () => {
    const rows = figureRows(story);
    expect(rows.map((r) => r.id)).toEqual(story.figures.map((f) => f.id));
    expect(rows.find((r) => r.id === 'volume-2016-cny')?.kind).toBe('forecast');
  });

  it('gives derived figures their computed value and method, and no source sentence', () => {
    const row = figureRows(story).find((r) => r.id === 'volume-2014-cny');
    expect(row?.value).toBe(4.199);
    expect(row?.method).toContain('5.4 trillion yuan ÷ 1.286');
    expect(row?.source_sentence).toBe('');
  });

  it('writes a CSV with a header and one line per figure, quoting cells with commas', () => {
    const lines = figuresCsv(story).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,label,value,unit,currency,year,kind,attribution,source_sentence,method');
    expect(lines).toHaveLength(story.figures.length + 1);
    expect(lines.find((l) => l.startsWith('volume-2015-cny,'))).toContain(
      '"According to data released by China E-business Research Center, China’s',
    );
  });

  it('writes JSON naming the source', () => {
    const json = JSON.parse(figuresJson(story)) as { source: { publisher: string }; figures: unknown[] };
    expect(json.source.publisher).toBe('Xinhua');
    expect(json.figures).toHaveLength(story.figures.length);
  });

  it('carries each file whole in a data: URL, for the offline file’s links', async () => {
    const csv = await fetch(figuresDataUrl('csv', story));
    expect(csv.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    expect(await csv.text()).toBe(figuresCsv(story));
    expect(await (await fetch(figuresDataUrl('json', story))).text()).toBe(figuresJson(story));
  });
});
