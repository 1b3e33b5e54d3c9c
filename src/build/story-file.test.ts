import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStoryJson, readStoryJson } from './story-file.ts';

const file = 'data/story.json';
const messageOf = (text: string): string => {
  try {
    parseStoryJson(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('reading the story file', () => {
  it('reads valid JSON', () => {
    expect(parseStoryJson('{\n  "a": [1, 2]\n}\n', file)).toEqual({ a: [1, 2] });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', "data/story.json:3:3: not valid JSON: expected ',' or '}' after property value"],
    ['a trailing comma', '{\n  "a": [1, 2],\n}', 'data/story.json:3:1: not valid JSON: expected double-quoted property name'],
    [
      'a curly quote from a word processor',
      '{\n  "headline": “Cross-border”\n}',
      "data/story.json:2:15: not valid JSON: unexpected token '“'",
    ],
    ['a bare word', '{\n  "a": 1,\n    "b": yes\n}', "data/story.json:3:10: not valid JSON: unexpected token 'y'"],
    ['a file cut short', '{\n  "a": [1, 2', "data/story.json:2:13: not valid JSON: expected ',' or ']' after array element"],
    [
      'a line break inside a string',
      '{\n  "a": "one\ntwo"\n}',
      'data/story.json:2:12: not valid JSON: bad control character in string literal',
    ],
  ])('names the line and column of %s', (_, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it('finds an unexpected character in a long file, far from the start', () => {
    const lines = ['{', ...Array.from({ length: 500 }, (_, i) => `  "key-${i}": "${'x'.repeat(60)}",`), '  "last": “oops”', '}'];
    expect(messageOf(lines.join('\n'))).toBe("data/story.json:502:11: not valid JSON: unexpected token '“'");
  });

  it('names a byte-order mark as such, rather than as an invisible character', () => {
    expect(messageOf('\ufeff{"a": 1}')).toBe(
      'data/story.json:1:1: the file starts with a byte-order mark (an invisible U+FEFF character); save it as UTF-8 without a byte-order mark',
    );
  });
});

describe('an invisible character in an edition’s text', () => {
  /** Reads a copy of an edition's file with `change` made to its parsed JSON, as the build reads the real one. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any nested key of a JSON tree
  function problemsOf(code: 'ru' | 'zh', change: (file: Record<string, any>) => void): string[] {
    const root = mkdtempSync(join(tmpdir(), 'edition-file-'));
    try {
      const file = `data/editions/${code}.json`;
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      change(parsed);
      mkdirSync(join(root, 'data/editions'), { recursive: true });
      writeFileSync(join(root, file), JSON.stringify(parsed));
      readStoryJson(root, file);
      return [];
    } catch (error) {
      return (error as { problems?: string[] }).problems ?? [String(error)];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('stops a right-to-left override that would draw 28.6% as %6.82, naming the file and the JSON path', () => {
    const problems = problemsOf('zh', (f) => {
      f.story.steps['volume-2015'].paragraphs.p1 = f.story.steps['volume-2015'].paragraphs.p1.replace(
        '{growth-2015}',
        '\u202e{growth-2015}\u202c',
      );
    });
    expect(problems).toEqual([
      'data/editions/zh.json: $.story.steps.volume-2015.paragraphs.p1: has an invisible U+202E (right-to-left override), which can change what the reader sees: delete it',
      'data/editions/zh.json: $.story.steps.volume-2015.paragraphs.p1: has an invisible U+202C (pop directional formatting), which can change what the reader sees: delete it',
    ]);
  });

  it('stops a zero-width space in Chinese text, and an isolate in the Russian headline, with one message each', () => {
    expect(problemsOf('zh', (f) => void (f.story.meta.headline = `俄罗斯\u200b${f.story.meta.headline}`))).toEqual([
      'data/editions/zh.json: $.story.meta.headline: has an invisible U+200B (zero-width space), which can change what the reader sees: delete it',
    ]);
    expect(problemsOf('ru', (f) => void (f.story.meta.headline = `\u2067${f.story.meta.headline}`))).toEqual([
      'data/editions/ru.json: $.story.meta.headline: has an invisible U+2067 (right-to-left isolate), which can change what the reader sees: delete it',
    ]);
  });

  it('leaves the no-break spaces of Russian numbers alone: they are spaces, not format characters', () => {
    expect(problemsOf('ru', () => {})).toEqual([]);
  });
});
