// Specs for the editions' fonts: which face each page's characters fall in (so what each page downloads),
// the Han fallback's faces, and the check that the committed Han font draws every Han character shown.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCacheDir, fontOutputs, pageTexts } from '#src/build/fonts-plugin.ts';
import { editionSafetyCharacters } from './character-set.ts';
import { decodeFont, fontCodePoints } from './font-file.ts';
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { checkHanCoverage, HanCoverageError, hanFont, isHan, updateHanFontCommand } from './han-font.ts';
import { hanFaces, type HanCut } from './han-subset.ts';

const root = resolve(import.meta.dirname, '../../..');
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
  return (await fontOutputs(root, fontCacheDir(root))).css;
}

describe('the generated stylesheet', () => {
  it('puts every character of the English page in the English cuts only, so that page fetches no edition’s file', async () => {
    const rules = faces(await generatedCss());
    const [english] = pageTexts(root);
    // Its text is set in the house fonts; only "中文", in the language switch, is Chinese.
    const shown = (family: string, c: number) =>
      family === houseFontFamilies.serif || family === houseFontFamilies.sans ? true : isHan(c);
    const wrong = [...(english?.text ?? '')].flatMap((char) =>
      rules
        .filter((rule) => shown(rule.family, codePoint(char)) && rule.covers(codePoint(char)) && /-(ru|zh)[-.]/.test(rule.file))
        .map((rule) => `${char} ${rule.file}`),
    );
    expect(rules.length).toBeGreaterThan(4);
    expect(wrong).toEqual([]);
  }, 60_000);

  it('sets the whole Russian alphabet in both house fonts, the letters the English page lacks in Russian cuts', async () => {
    const rules = faces(await generatedCss());
    const [english] = pageTexts(root);
    for (const family of [houseFontFamilies.serif, houseFontFamilies.sans]) {
      const where = [...(editionSafetyCharacters.ru ?? '')].map((char) => {
        const file = rules.find((r) => r.family === family && r.covers(codePoint(char)))?.file ?? 'none';
        return english?.text.includes(char) || file.includes('-ru') ? 'ok' : `${char} ${file}`;
      });
      expect(where.filter((w) => w !== 'ok')).toEqual([]);
    }
  }, 60_000);
});

describe('the Han faces', () => {
  const cut = (edition: 'en' | 'zh', chars: string, punctuation = false): HanCut => ({
    edition,
    punctuation,
    file: `han-${edition}${punctuation ? '-punctuation' : ''}.woff2`,
    path: '',
    bytes: 0,
    codePoints: [...chars].map(codePoint),
  });

  it('list the English page’s few Han characters, and give the Chinese page the rest of the Han blocks', () => {
    const { faces, punctuation } = hanFaces([cut('en', '中文'), cut('zh', '阿里，'), cut('zh', '“”…', true)]);
    expect(faces).toEqual([
      { url: './han-en.woff2', range: 'U+4E2D, U+6587' },
      { url: './han-zh.woff2', range: 'U+3000-303F, U+3400-4DBF, U+4E00-4E2C, U+4E2E-6586, U+6588-9FFF, U+F900-FAFF, U+FF00-FFEF' },
    ]);
    expect(punctuation).toEqual({ url: './han-zh-punctuation.woff2', range: 'U+201C-201D, U+2026' });
  });
});

describe('the committed Han font', () => {
  it('draws every Han character and CJK punctuation mark the pages show', async () => {
    const codePoints = new Set(await fontCodePoints(await decodeFont(readFileSync(join(root, hanFont.source)))));
    expect(() => checkHanCoverage(codePoints, pageTexts(root))).not.toThrow();
  }, 30_000);

  it('stops the build naming the characters it lacks and the command that remakes it', () => {
    const pages = [
      { edition: 'en' as const, text: 'Chinese: 中文' },
      { edition: 'zh' as const, text: '阿里巴巴。' },
    ];
    const have = new Set([...'中文阿里，。、《》「」『』【】！（）：；？～·—‘’“”…'].map(codePoint));
    expect(() => checkHanCoverage(have, pages)).toThrow(HanCoverageError);
    expect(() => checkHanCoverage(have, pages)).toThrow(`lacks 1 character the pages show: 巴. Remake it with: ${updateHanFontCommand}`);
  });
});
