// The Chinese edition's type: Han characters and CJK punctuation are set in the reader's own CJK font
// (PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC: see the stack in
// src/styles/index.css), and only where none is installed in a web font the site ships, Noto Sans SC cut
// to the characters the pages show. Its source is a subset committed to the repository
// (src/build/fonts/han/noto-sans-sc.woff2, remade by `node src/build/fonts/update-han-font.mjs`), which
// the build checks against the pages' characters and cuts further per page (cuts.ts).
//
// Measured (2 December 2026) on the 550 characters zh.json then used (532 Han, the CJK punctuation it
// uses and a safety set), one weight, woff2 (gzip does not shrink woff2: within 0.1 KB):
//
// | font (OFL-1.1)                                     | source woff2 | subset, default features | subset, our features |
// | -------------------------------------------------- | ------------ | ------------------------ | -------------------- |
// | Noto Sans SC 400, @fontsource/noto-sans-sc 5.3.0   | 1,116 KB     | 72.5 KB                  | 71.8 KB              |
// | Noto Sans SC 700, same                             | 1,145 KB     | 74.5 KB                  | -                    |
// | IBM Plex Sans SC Regular, @ibm/plex-sans-sc 1.1.0  | 3,725 KB     | 93.8 KB (hinted)         | 58.0 KB (unhinted)   |
// | Noto Sans Hans Regular (OTF), @embedpdf/fonts-sc   | 8,169 KB     | 98.0 KB                  | 82.2 KB              |
// | Noto Sans SC variable, 400-700, 15 fontsource files| 4.6 MB pack  | 156.5 KB (93.1 at 400)   | -                    |
//
// Getting it into the build: as a devDependency, `npm install` of @fontsource/noto-sans-sc takes 2.8 s and
// 76 MB (1,800 files) on every clean `npm ci`, @ibm/plex-sans-sc 4.4 s and 127 MB; committed, the subset
// costs nothing at install and ~75 KB in git, and a new Han character in zh.json stops the build with
// the command that remakes it (which downloads the package once, ~3 s). Committed Noto Sans SC it is:
// Plex is 20 % smaller but its licence reserves the name "Plex", which a subset (a Modified Version)
// could not keep; Noto's design is also the one Android, ChromeOS and Linux readers see in their own
// Noto Sans CJK SC. One weight: bold Han is synthesised (font-synthesis: weight), a second weight would
// double the download.
//
// What the Chinese page fetches in fonts (all its text is in the sans stack, so no serif): Inter's Latin
// cut (20.1 KB) everywhere; the Han cuts (71.4 KB Chinese, 1.2 KB punctuation, 1.3 KB "中文") only where
// no CJK font is installed: 20 KB for a reader on Windows, macOS, iOS, Android or ChromeOS, 94 KB on a
// machine like CI's. With ~141 KB of script, HTML and map data, 180 KB in all cannot be met there by any
// Han font that draws every character: 532 glyphs take 58 KB even in the smallest measured above.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { layoutFeatures } from './house-fonts.ts';
import type { PageText } from './cuts.ts';

export const hanFont = {
  family: houseFontFamilies.han,
  /** The committed subset, relative to the project, and its licence beside it. */
  source: 'src/build/fonts/han/noto-sans-sc.woff2',
  licence: 'src/build/fonts/han/OFL.txt',
  /** The cuts' file name (cuts.ts adds the edition). */
  file: 'noto-sans-sc-subset.woff2',
  /** Where the committed subset is cut from. */
  package: '@fontsource/noto-sans-sc@5.3.0',
  packageFile: 'files/noto-sans-sc-chinese-simplified-400-normal.woff2',
  packageLicence: 'LICENSE',
  /** The browsers' default features, and `halt`, which `text-spacing-trim` uses to set paired punctuation half-width. */
  features: [...layoutFeatures, 'halt'],
} as const;

/** The command that remakes the committed subset. */
export const updateHanFontCommand = 'node src/build/fonts/update-han-font.mjs';

/** Unicode blocks of Chinese text: CJK symbols and punctuation, ideographs (and extension A), compatibility ideographs, full-width forms. */
export const hanBlocks: [number, number][] = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];

export const isHan = (codePoint: number) => hanBlocks.some(([start, end]) => codePoint >= start && codePoint <= end);

/**
 * Punctuation shared with Latin text that Chinese sets full-width, centred in the em (quotation marks, the
 * ellipsis, the dash, the middle dot): the Chinese stack takes it from the CJK font, not from Inter.
 */
export const hanPunctuation = '·—‘’“”…';

/** Kept whatever zh.json says today: the full-width punctuation an edited sentence is most likely to bring. */
export const hanSafetyCharacters = '、。《》「」『』【】！（），：；？～';

/**
 * The characters the Han font draws on each page: the Han and CJK punctuation the page shows; for the
 * Chinese page also its shared punctuation and the safety set. (The English page shows "中文", the
 * language switch's name for the Chinese edition.)
 */
export function hanPages(pages: PageText[]): PageText[] {
  return pages.map(({ edition, text }) => {
    const own = [...text].filter((char) => isHan(char.codePointAt(0) ?? 0)).join('');
    const extra = edition === 'zh' ? hanPunctuation + hanSafetyCharacters : '';
    return { edition, text: [...new Set(own + extra)].join('') };
  });
}

/** A Han font that lacks characters the pages show. */
export class HanCoverageError extends Error {}

/**
 * @throws HanCoverageError naming the characters that `codePoints` (the committed subset's) lacks and the
 *   command that remakes it
 */
export function checkHanCoverage(codePoints: ReadonlySet<number>, pages: PageText[]): void {
  const missing = [...new Set(hanPages(pages).flatMap(({ text }) => [...text]))].filter(
    (char) => !codePoints.has(char.codePointAt(0) ?? 0),
  );
  if (missing.length === 0) return;
  throw new HanCoverageError(
    `${hanFont.source} lacks ${missing.length} character${missing.length === 1 ? '' : 's'} the pages show: ${missing.join('')}. ` +
      `Remake it with: ${updateHanFontCommand}`,
  );
}
