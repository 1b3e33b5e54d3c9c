import { describe, expect, it } from 'vitest';
import { parseStoryJson } from './story-file.ts';

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
