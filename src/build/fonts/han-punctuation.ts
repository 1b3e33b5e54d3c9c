// Chinese text is set in the reader's own CJK font (the stack in src/styles/index.css): every system a reader
// has comes with one, and the site ships none. Punctuation that Chinese shares with Latin text (quotation
// marks, the ellipsis, the dash, the middle dot) is set full-width, centred in the em, from that font too:
// a family of its own, taken from the CJK fonts by local() and used only for those characters.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { unicodeRange } from './character-set.ts';

/** Readers' CJK fonts by PostScript name, which local() matches on every system: macOS, Windows, then Android and Linux. */
export const systemHanFonts = [
  'PingFangSC-Regular',
  'HiraginoSansGB-W3',
  'MicrosoftYaHei',
  'NotoSansCJKsc-Regular',
  'SourceHanSansSC-Regular',
];

/** The punctuation Chinese sets full-width that Latin text shares. */
export const hanPunctuation = '·—‘’“”…';

/** The punctuation family's one face: the reader's CJK font for those characters; where none, the next font in the stack. */
export function hanPunctuationFace(): string {
  return [
    '@font-face {',
    `  font-family: '${houseFontFamilies.hanPunctuation}';`,
    '  font-weight: 400;',
    `  src: ${systemHanFonts.map((name) => `local('${name}')`).join(', ')};`,
    `  unicode-range: ${unicodeRange([...hanPunctuation].map((c) => c.codePointAt(0) ?? 0))};`,
    '}',
  ].join('\n');
}

/** Chinese text: Han, CJK punctuation and full-width forms, which the reader's CJK font draws. */
export const isHan = (char: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char);
