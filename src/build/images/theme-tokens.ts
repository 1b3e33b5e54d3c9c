// The house tokens the images are drawn in, read from the page's own stylesheets so the two never differ:
// the light theme's colours (src/styles/theme.css, as the graphic files have them) and the Chinese font stack
// (src/styles/index.css).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ThemeTokens = {
  /** Each `--color-<name>` of the theme, by name ("ink": "#1c1b19"). */
  colours: Record<string, string>;
  /** The CJK families the page names for Chinese (`--han-fonts`), most likely first. */
  hanFonts: string[];
};

/** A CSS family list ("'PingFang SC', 'Hiragino Sans GB'") as names. */
const families = (list: string) => list.split(',').map((name) => name.trim().replace(/^['"]|['"]$/g, ''));

/** The tokens in the theme's and the page's CSS. @throws Error if either has lost what the images need */
export function parseThemeTokens(themeCss: string, indexCss: string): ThemeTokens {
  const colours = Object.fromEntries(
    [...themeCss.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(([, name = '', value = '']) => [name, value]),
  );
  if (Object.keys(colours).length === 0) throw new Error('step images: src/styles/theme.css has no --color-* tokens in hex');
  const han = /--han-fonts:\s*([^;]+);/.exec(indexCss)?.[1];
  if (!han) throw new Error('step images: src/styles/index.css has no --han-fonts');
  return { colours, hanFonts: families(han) };
}

export function readThemeTokens(root: string): ThemeTokens {
  const read = (file: string) => readFileSync(join(root, 'src/styles', file), 'utf8');
  return parseThemeTokens(read('theme.css'), read('index.css'));
}
