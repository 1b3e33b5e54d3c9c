// The characters the site can show, which the shipped font subsets must cover, and their CSS unicode-range.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Always kept, whatever the copy says today: printable ASCII, the typographic punctuation the copy uses,
 * the currency and maths signs of the graphic labels, up and down arrows, and the non-breaking space.
 */
export const safetyCharacters =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + '’‘“”…–—·≈¥$€£%+−×↑↓\u00a0';

/** Every string value in a parsed JSON document (keys are not shown, so they are left out). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

const isControl = (codePoint: number) => codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
/** Format characters (a zero-width space, a bidi control) draw nothing; the story's check refuses them anyway. */
const isFormat = (codePoint: number) => /\p{Cf}/u.test(String.fromCodePoint(codePoint));

/** The distinct printable characters of all `texts`, in code point order (line breaks, tabs and format characters draw nothing). */
export function distinctCharacters(...texts: string[]): string {
  const codePoints = new Set<number>();
  for (const text of texts) for (const char of text) codePoints.add(char.codePointAt(0) ?? 0);
  return String.fromCodePoint(...[...codePoints].filter((c) => !isControl(c) && !isFormat(c)).sort((a, b) => a - b));
}

/** The characters of `text` beyond ASCII. */
const nonAscii = (text: string) => [...text].filter((char) => (char.codePointAt(0) ?? 0) > 0x7f).join('');

const isCodeFile = (name: string) => /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name);

/**
 * Code under src/ that runs at build time or holds the language work, whose text no reader sees, and the
 * source page's and the step pages', which are set in system fonts (src/styles/standalone-page.css): none of
 * it is the fonts' to cover.
 */
const buildCode = [join('src', 'build'), join('src', 'i18n'), join('src', 'source'), join('src', 'steps')];

/** Source files under `dir` (recursively), leaving out tests and the build's code, which the reader never sees. */
function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCodeFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !buildCode.some((folder) => relative(root, file).startsWith(folder + sep)));
}

/**
 * Every non-ASCII character the page's code under src/ draws of its own, outside any script: a graphic's
 * "≈" or "–", a close button's "×". A few that only occur in comments cost a glyph each, which is cheaper
 * than missing one; letters in comments (a Russian example) are no page's to show.
 */
export function codeCharacters(root: string): string {
  const text = sourceFiles(root, join(root, 'src')).map((file) => nonAscii(readFileSync(file, 'utf8')));
  return [...distinctCharacters(...text)].filter((char) => !/\p{L}/u.test(char)).join('');
}

/**
 * The characters an edition's page shows: every string of its page data (src/build/edition/), the
 * characters its code draws, the safety set, and its alphabet (data/editions.json), so an edited word rarely
 * needs a glyph the fonts lack.
 */
export function pageCharacters(page: unknown, code: string, alphabet = ''): string {
  return distinctCharacters(...jsonStrings(page), code, safetyCharacters, alphabet);
}

/** A CSS unicode-range value for a set of code points: consecutive runs become ranges ("U+20-7E, U+A0"). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const [start = 0, end = 0] = [sorted[i], sorted[j]];
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
    i = j + 1;
  }
  return parts.join(', ');
}
