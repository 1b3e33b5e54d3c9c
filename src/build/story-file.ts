// The story file the build reads, read as JSON with errors an editor can act on: the file, the line and
// column of a syntax mistake, a byte-order mark named as such.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { invisibleCharacterProblems } from '#src/data/invisible-characters.ts';
import { StoryDataError } from '#src/data/validate.ts';

/**
 * The story file, relative to the project: data/story.json, or the file `STORY_FILE` names. Only the
 * build's own tests set it, to build a broken or hostile copy without touching the real one.
 */
export function storyFile(): string {
  return process.env.STORY_FILE || 'data/story.json';
}

/** Thrown when the story file cannot be read as JSON; the message says where and what, nothing else. */
export class StoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryFileError';
  }
}

/**
 * Where the first mistake in `text` is, by V8's message (JSON.parse's): the position it names, the end of
 * the input, or, where it names none (an unexpected character: "Unexpected token '“'"), the position
 * jsonc-parser finds.
 */
export function syntaxErrorOffset(text: string, message: string): number {
  const at = / at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (message.includes('Unexpected end of JSON input')) return text.length;
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset ?? text.length;
}

/** V8's reason, without its position or its quotation of the whole input: "Unexpected token '“'". */
function reason(message: string): string {
  const token = /^(Unexpected token '.*?'), .* is not valid JSON$/s.exec(message);
  const text = (token?.[1] ?? message).replace(/ in JSON at position \d+.*$/s, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Parses the story file's text.
 * @param file the name to put in messages, as the editor knows it ("data/story.json")
 * @throws StoryFileError naming the file, the line and column and the mistake
 */
export function parseStoryJson(text: string, file: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new StoryFileError(
      `${file}:1:1: the file starts with a byte-order mark (an invisible U+FEFF character); save it as UTF-8 without a byte-order mark`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, syntaxErrorOffset(text, message));
    throw new StoryFileError(`${file}:${line}:${column}: not valid JSON: ${reason(message)}`);
  }
}

/**
 * Reads and parses the story file (or an edition's, `file`) under `root`, and refuses invisible characters
 * in its text. @throws StoryFileError, StoryDataError
 */
export function readStoryJson(root: string, file = storyFile()): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    throw new StoryFileError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = parseStoryJson(text, file);
  const problems = invisibleCharacterProblems(parsed);
  if (problems.length > 0) throw new StoryDataError(file, problems);
  return parsed;
}
