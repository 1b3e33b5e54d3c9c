// The machine's Chinese font, for the images' Han: the site ships none (readers' systems have one), so the
// build takes the one installed, as fontconfig finds it for Simplified Chinese, and names the package when
// there is none (CI and `npm test` install it: .ci/run, scripts/prepare.mjs).
import { execFileSync } from 'node:child_process';

/** A face of a font file: a font collection (.ttc) holds several. */
export type FontFace = { file: string; index: number };

export const hanFontMissing =
  'step images: no Chinese font on this machine, which the Chinese images need: install Debian’s fonts-noto-cjk (apt-get install fonts-noto-cjk), or any font fontconfig lists for :lang=zh-cn';

/** fontconfig's answer: the file, the face's index and the languages it covers, tab-separated. */
export function parseMatch(output: string): FontFace | undefined {
  const [file = '', index = '', langs = ''] = output.split('\t');
  if (!file || !langs.split('|').includes('zh-cn')) return undefined;
  return { file, index: Number(index) || 0 };
}

/**
 * The sans face fontconfig picks for Simplified Chinese at `weight` (fontconfig's names: regular, bold),
 * the nearest it has. fontconfig answers with its best font even when none has Chinese: its languages say.
 * @throws Error saying which package to install, where there is none (or no fontconfig)
 */
export function hanFont(weight: 'regular' | 'bold'): FontFace {
  let output = '';
  try {
    output = execFileSync('fc-match', ['-f', '%{file}\t%{index}\t%{lang}', `sans-serif:lang=zh-cn:weight=${weight}`], { encoding: 'utf8' });
  } catch {
    // No fontconfig: the same answer as no font.
  }
  const found = parseMatch(output);
  if (!found) throw new Error(hanFontMissing);
  return found;
}
