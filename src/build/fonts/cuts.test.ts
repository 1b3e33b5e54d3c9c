// Specs for sharing the pages' characters out among font files: what each page downloads follows from it.
import { describe, expect, it } from 'vitest';
import { cutFileName, planCuts, type SourceFile } from './cuts.ts';

const set = (chars: string) => new Set([...chars].map((char) => char.codePointAt(0) ?? 0));
const latin: SourceFile = { name: '', source: 'latin.woff2', codePoints: set('ABCabc «»') };
const cyrillic: SourceFile = { name: 'cyrillic', source: 'cyrillic.woff2', codePoints: set('АБВабв№') };

describe('planCuts', () => {
  it('keeps every character the English page shows in its cuts, even one an edition uses as well', () => {
    const cuts = planCuts(
      'serif.woff2',
      [latin, cyrillic],
      [
        { edition: 'en', text: 'ABab' },
        { edition: 'ru', text: 'AaБб' },
      ],
    );
    expect(cuts.map(({ edition, file, text }) => ({ edition, file, text }))).toEqual([
      { edition: 'en', file: 'serif.woff2', text: 'ABab' },
      { edition: 'ru', file: 'serif-ru-cyrillic.woff2', text: 'Бб' },
    ]);
  });

  it('takes each edition character from the first file that has it, and gives it to one cut only', () => {
    const cuts = planCuts(
      'serif.woff2',
      [latin, cyrillic],
      [
        { edition: 'en', text: 'Aa' },
        { edition: 'ru', text: '«Ба»№' },
        { edition: 'zh', text: '«»' },
      ],
    );
    expect(cuts.map(({ edition, source, text }) => [edition, source, text])).toEqual([
      ['en', 'latin.woff2', 'Aa'],
      ['ru', 'latin.woff2', '«»'],
      ['ru', 'cyrillic.woff2', 'Ба№'],
    ]);
  });

  it('cuts the English page’s letters of another script from the file that has them', () => {
    const cuts = planCuts('serif.woff2', [latin, cyrillic], [{ edition: 'en', text: 'Aб' }]);
    expect(cuts.map(({ file, text }) => [file, text])).toEqual([
      ['serif.woff2', 'A'],
      ['serif-cyrillic.woff2', 'б'],
    ]);
  });

  it('leaves out characters no file has, and makes no cut without characters', () => {
    const cuts = planCuts(
      'serif.woff2',
      [latin, cyrillic],
      [
        { edition: 'en', text: 'A中' },
        { edition: 'zh', text: '中文' },
      ],
    );
    expect(cuts.map(({ file, text }) => [file, text])).toEqual([['serif.woff2', 'A']]);
  });
});

describe('cutFileName', () => {
  it('names a cut by its edition and the file it comes from', () => {
    expect(cutFileName('inter-subset.woff2', 'en', '')).toBe('inter-subset.woff2');
    expect(cutFileName('inter-subset.woff2', 'ru', '')).toBe('inter-subset-ru.woff2');
    expect(cutFileName('source-serif-4-subset.woff2', 'ru', 'cyrillic')).toBe('source-serif-4-subset-ru-cyrillic.woff2');
  });
});
