// The characters the site can show, which the shipped font subsets must cover, and their CSS unicode-range.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { editions, translationFile, type EditionCode } from '#src/data/editions.ts';

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

/** The build's own code under src/, which runs at build time: the reader sees none of its text. */
const buildCode = join('src', 'build');

/** Source files under `dir` (recursively), leaving out tests and the build's code, which the reader never sees. */
function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCodeFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(root, file).startsWith(buildCode + sep));
}

/** The translated editions, each with the file of its words (data/editions/<code>.json). */
export const translatedEditions = editions.filter((e) => e.code !== 'en').map((e) => ({ code: e.code, file: translationFile(e.code) }));

/** The files the character set is made from, besides the code under src/ (watched anyway). */
export function characterSources(root: string): string[] {
  return [join(root, 'data/story.json'), join(root, 'src/lib/strings.ts'), ...translatedEditions.map((e) => join(root, e.file))];
}

/** Whether a change to `file` can change the character set. */
export function affectsCharacters(root: string, file: string): boolean {
  const path = relative(root, file);
  return characterSources(root).includes(file) || (path.startsWith(`src${sep}`) && isCodeFile(path));
}

/** The characters of the prose and the interface: all string values of data/story.json and all of src/lib/strings.ts. */
export function textCharacters(root: string): string {
  const [storyFile = '', stringsFile = ''] = characterSources(root);
  const story = jsonStrings(JSON.parse(readFileSync(storyFile, 'utf8')));
  return distinctCharacters(...story, readFileSync(stringsFile, 'utf8'));
}

/**
 * The site's characters: those of the prose and the interface, the safety set, and any non-ASCII character
 * in the page's code under src/ (graphic labels such as "≈" or "°" are built in code; a few that only occur
 * in comments cost a glyph each, which is cheaper than missing one).
 */
export function siteCharacters(root: string): string {
  const code = codeCharacters(root);
  const english = [...code].filter((char) => !otherScript.test(char)).join('');
  // The language switch names every edition in its own language, on the English page too.
  return distinctCharacters(textCharacters(root), safetyCharacters, english, ...editions.map((e) => e.name));
}

/** Cyrillic and Chinese in the code (format.ts's words, comments) is the editions' to show, not the English page's. */
const otherScript = /[\p{Script=Cyrillic}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Every non-ASCII character in the page's code under src/. */
function codeCharacters(root: string): string {
  return distinctCharacters(...sourceFiles(root, join(root, 'src')).map((file) => nonAscii(readFileSync(file, 'utf8'))));
}

/**
 * Kept for an edition whatever its file says today, so that an edited word rarely needs a glyph the
 * fonts lack: the whole Russian alphabet, its quotation marks and the numero sign.
 */
export const editionSafetyCharacters: Partial<Record<EditionCode, string>> = {
  ru: 'ЁАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяё«»„№',
};

/**
 * The characters a translated edition's page shows: every string value of its file, and its safety set
 * and the characters of its script in the code (format.ts's words); its page shows the interface's other
 * code-built characters too, but those are the English page's already.
 * Nothing while the file does not exist yet.
 */
export function editionCharacters(root: string, code: EditionCode): string {
  const file = join(root, translationFile(code));
  const strings = existsSync(file) ? jsonStrings(JSON.parse(readFileSync(file, 'utf8'))) : [];
  const script = { en: /$^/, ru: /\p{Script=Cyrillic}/u, zh: /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u }[code];
  const fromCode = [...codeCharacters(root)].filter((char) => script.test(char)).join('');
  return distinctCharacters(...strings, fromCode, editionSafetyCharacters[code] ?? '');
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
