// Vite plugin: ships the house fonts from the site itself, subset to the characters the story can show,
// with @font-face rules (`virtual:fonts.css`, imported by src/styles/index.css) and metric-matched local
// fallbacks, and gives the graphics the sans' advance widths (`virtual:text-advances`, read by
// src/lib/text-width.ts). See src/build/fonts/ for the parts. Nothing preloads the fonts: the browser
// fetches them when the first layout finds text set in them (src/styles/index.css names them in its stacks).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { affectsCharacters, characterSources, siteCharacters } from '#src/build/fonts/character-set.ts';
import { fontFacesCss } from '#src/build/fonts/font-face-css.ts';
import { cachedSubsets, writeAtomically, type Subset } from '#src/build/fonts/subset.ts';
import { textAdvances, textAdvancesId, textAdvancesModule } from '#src/build/fonts/text-advances.ts';

/** What src/styles/index.css imports; an alias for the generated stylesheet in the cache folder. */
export const fontsCssId = 'virtual:fonts.css';
const resolvedTextAdvancesId = `\0${textAdvancesId}`;

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
  let advancesModule = '';
  let ready: Promise<unknown> | undefined;

  /** Makes the subsets, the stylesheet and the advance table; says which of the last two changed. */
  async function generate(log: (message: string) => void = () => {}): Promise<{ css: boolean; advances: boolean }> {
    const text = siteCharacters(root);
    const subsets = await cachedSubsets(root, dir, text);
    const css = fontFacesCss(subsets.map(({ font, codePoints, metrics }) => ({ font, url: `./${font.file}`, codePoints, metrics })));
    log(summary(subsets, text));
    const previousModule = advancesModule;
    advancesModule = textAdvancesModule(textAdvances(subsets));
    // Rewriting an unchanged file would still make Tailwind recompile every stylesheet that imports it.
    const cssChanged = !existsSync(cssPath) || readFileSync(cssPath, 'utf8') !== css;
    if (cssChanged) writeAtomically(cssPath, css);
    return { css: cssChanged, advances: advancesModule !== previousModule };
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
      await (ready ??= generate(info));
    },
    resolveId(id) {
      return id === textAdvancesId ? resolvedTextAdvancesId : undefined;
    },
    async load(id) {
      if (id !== resolvedTextAdvancesId) return undefined;
      // Unit tests and the prerender pass may import it before any buildStart has run.
      await (ready ??= generate());
      return advancesModule;
    },
    configureServer(server) {
      server.watcher.add(characterSources(root));
      server.watcher.on('change', (file) => {
        if (!affectsCharacters(root, file)) return;
        const next = generate();
        ready = next;
        next
          .then((changed) => {
            // The cache folder is not watched: tell Vite, so the importing stylesheet is rebuilt.
            if (changed.css) server.watcher.emit('change', cssPath);
            if (!changed.advances) return;
            for (const environment of Object.values(server.environments)) {
              const module = environment.moduleGraph.getModuleById(resolvedTextAdvancesId);
              if (module) void environment.reloadModule(module);
            }
          })
          .catch((error: unknown) => server.config.logger.error(`fonts: ${(error as Error).message}`));
      });
    },
  };
}
