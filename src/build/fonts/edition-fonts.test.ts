// Specs for the editions' fonts: which face each page's characters fall in (so what each page downloads), and
// that the site ships no Han font: Chinese is the reader's own CJK font's.
import { describe, expect, it } from 'vitest';
import { editions } from '#src/i18n/editions.ts';
import { testSite } from '#test/support/edition.ts';
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { hanPunctuation, isHan, systemHanFonts } from './han-punctuation.ts';

const site = testSite();
const pageTexts = () => site.texts();
const codePoint = (char: string) => char.codePointAt(0) ?? 0;

/** The @font-face rules of a stylesheet: family, file and a test for "in its unicode-range". */
function faces(css: string) {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].flatMap(([, body = '']) => {
    const family = /font-family: '([^']+)'/.exec(body)?.[1] ?? '';
    const urls = [...body.matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1] ?? '');
    const range = /unicode-range: ([^;]+);/.exec(body)?.[1];
    if (!range || urls.length === 0) return [];
    const spans = range.split(', ').map((part) =>
      part
        .slice(2)
        .split('-')
        .map((hex) => parseInt(hex, 16)),
    );
    const covers = (c: number) => spans.some(([start = 0, end = start]) => c >= start && c <= end);
    return [{ family, file: urls[urls.length - 1] ?? '', covers }];
  });
}

/** The generated stylesheet, made as the build makes it. */
async function generatedCss(): Promise<string> {
  return (await site.fonts()).css;
}

describe('the generated stylesheet', () => {
  it('puts every character of the English page in the English cuts only, so that page fetches no edition’s file', async () => {
    const rules = faces(await generatedCss());
    const [english] = pageTexts();
    const wrong = [...(english?.text ?? '')].flatMap((char) =>
      rules.filter((rule) => rule.covers(codePoint(char)) && /-(ru|zh)[-.]/.test(rule.file)).map((rule) => `${char} ${rule.file}`),
    );
    expect(rules.length).toBeGreaterThan(4);
    expect(wrong).toEqual([]);
  }, 60_000);

  it('sets the whole Russian alphabet (data/editions.json) in both house fonts, the letters the English page lacks in Russian cuts', async () => {
    const rules = faces(await generatedCss());
    const [english] = pageTexts();
    for (const family of [houseFontFamilies.serif, houseFontFamilies.sans]) {
      const where = [...(editions.find((e) => e.code === 'ru')?.alphabet ?? '')].map((char) => {
        const file = rules.find((r) => r.family === family && r.covers(codePoint(char)))?.file ?? 'none';
        return english?.text.includes(char) || file.includes('-ru') ? 'ok' : `${char} ${file}`;
      });
      expect(where.filter((w) => w !== 'ok')).toEqual([]);
    }
  }, 60_000);
});

describe('Chinese type', () => {
  it('ships no Han font: no face the site serves covers a Han character of any page', async () => {
    const rules = faces(await generatedCss());
    const han = [...new Set(pageTexts().flatMap(({ text }) => [...text].filter(isHan)))];
    expect(han.length).toBeGreaterThan(100);
    expect(han.filter((char) => rules.some((rule) => rule.covers(codePoint(char))))).toEqual([]);
  }, 60_000);

  it('takes the full-width punctuation Chinese shares with Latin from the reader’s CJK font, by local() alone', async () => {
    const css = await generatedCss();
    const face = /@font-face \{[^}]*font-family: 'Han Punctuation'[^}]*\}/.exec(css)?.[0] ?? '';
    expect(face).not.toContain('url(');
    for (const name of systemHanFonts) expect(face).toContain(`local('${name}')`);
    expect(face).toContain(`unicode-range: `);
    expect([...hanPunctuation].every((char) => face.includes(codePoint(char).toString(16).toUpperCase()))).toBe(true);
  }, 60_000);
});
