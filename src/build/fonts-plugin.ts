// Vite plugin: ships the house fonts from the site itself, subset to the characters the story can show,
// with @font-face rules (`virtual:fonts.css`, imported by src/styles/index.css) and metric-matched local
// fallbacks. See src/build/fonts/ for the parts. Nothing preloads them: the browser fetches them when the
// first layout finds text set in them (src/styles/index.css names them in its stacks).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { affectsCharacters, characterSources, siteCharacters } from '#src/build/fonts/character-set.ts';
import { fontFacesCss } from '#src/build/fonts/font-face-css.ts';
import { cachedSubsets, writeAtomically, type Subset } from '#src/build/fonts/subset.ts';

/** What src/styles/index.css imports; an alias for the generated stylesheet in the cache folder. */
export const fontsCssId = 'virtual:fonts.css';

/** A one-line account of the subsets, naming any site character neither font can draw. */
function summary(subsets: Subset[], text: string): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sizes = subsets.map((s) => `${s.font.family} ${kb(s.originalBytes)} → ${kb(s.bytes)}`).join(', ');
  const drawn = new Set(subsets.flatMap((s) => s.codePoints));
  const missing = [...text].filter((char) => !drawn.has(char.codePointAt(0) ?? 0)).join('');
  return `fonts: ${sizes} (${[...text].length} characters)${missing ? `; left to the fallback fonts: ${missing}` : ''}`;
}

/**
 * The house fonts, subset at build start and dev-server start (and again in dev when the story, the
 * strings or the code change), cached in node_modules/.cache/fonts. The built CSS points at hashed
 * same-origin files.
 */
export function fonts(): Plugin {
  let root = process.cwd();
  let dir = '';
  let cssPath = '';
  let info: ((message: string) => void) | undefined;

  async function generate(log: (message: string) => void = () => {}): Promise<boolean> {
    const text = siteCharacters(root);
    const subsets = await cachedSubsets(root, dir, text);
    const css = fontFacesCss(subsets.map((s) => ({ font: s.font, url: `./${s.font.file}`, codePoints: s.codePoints })));
    log(summary(subsets, text));
    // Rewriting an unchanged file would still make Tailwind recompile every stylesheet that imports it.
    if (existsSync(cssPath) && readFileSync(cssPath, 'utf8') === css) return false;
    writeAtomically(cssPath, css);
    return true;
  }

  return {
    name: 'fonts',
    config(user) {
      root = resolve(user.root ?? process.cwd());
      // Tailwind inlines CSS @imports by reading files from disk, so the stylesheet and the fonts it points
      // at must be real files; Vite then resolves their url()s like any other asset.
      dir = join(root, 'node_modules/.cache/fonts');
      cssPath = join(dir, 'fonts.css');
      return { resolve: { alias: [{ find: fontsCssId, replacement: cssPath }] } };
    },
    configResolved(config) {
      if (config.command === 'build') info = (message) => config.logger.info(message);
    },
    async buildStart() {
      for (const file of characterSources(root)) this.addWatchFile(file);
      await generate(info);
    },
    configureServer(server) {
      server.watcher.add(characterSources(root));
      server.watcher.on('change', (file) => {
        if (!affectsCharacters(root, file)) return;
        generate()
          .then((changed) => {
            // The cache folder is not watched: tell Vite, so the importing stylesheet is rebuilt.
            if (changed) server.watcher.emit('change', cssPath);
          })
          .catch((error: unknown) => server.config.logger.error(`fonts: ${(error as Error).message}`));
      });
    },
  };
}
