// Vite plugin: ships the house fonts from the site itself, subset to the characters the story can show,
// with @font-face rules (`virtual:fonts.css`, imported by src/styles/index.css) and metric-matched local
// fallbacks, and gives the graphics the sans' advance widths (`virtual:text-advances`, read by
// src/lib/text-width.ts). See src/build/fonts/ for the parts. Nothing preloads the fonts: the browser
// fetches them when the first layout finds text set in them (src/styles/index.css names them in its stacks).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  affectsCharacters,
  characterSources,
  editionCharacters,
  siteCharacters,
  translatedEditions,
} from '#src/build/fonts/character-set.ts';
import type { PageText } from '#src/build/fonts/cuts.ts';
import { fontFacesCss } from '#src/build/fonts/font-face-css.ts';
import { hanPunctuationFace, isHan } from '#src/build/fonts/han-punctuation.ts';
import { cachedSubsets, writeAtomically, type Subset } from '#src/build/fonts/subset.ts';
import { textAdvances, textAdvancesId, textAdvancesModule } from '#src/build/fonts/text-advances.ts';

/** What src/styles/index.css imports; an alias for the generated stylesheet in the cache folder. */
export const fontsCssId = 'virtual:fonts.css';
const resolvedTextAdvancesId = `\0${textAdvancesId}`;

/**
 * Where the subsets are cached: under node_modules/.cache/fonts, in a folder of the project's own, since
 * git worktrees may share one node_modules and must not overwrite each other's stylesheet mid-build.
 */
export function fontCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/fonts', createHash('sha256').update(root).digest('hex').slice(0, 12));
}

/** The characters of each page: the English page's (the site's), then each translated edition's. */
export function pageTexts(root: string): PageText[] {
  return [
    { edition: 'en', text: siteCharacters(root) },
    ...translatedEditions.map((e) => ({ edition: e.code, text: editionCharacters(root, e.code) })),
  ];
}

/** A one-line account of the cuts, naming per page any character no shipped font draws (Han: the reader's own). */
function summary(subsets: Subset[], pages: PageText[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const cutSizes = (cuts: { edition: string; bytes: number }[]) => cuts.map((cut) => `${cut.edition} ${kb(cut.bytes)}`).join(' + ');
  const sizes = subsets.map((s) => `${s.font.family} ${kb(s.originalBytes)} → ${cutSizes(s.cuts)}`);
  const drawn = new Set(subsets.flatMap((s) => s.cuts.flatMap((cut) => cut.codePoints)));
  // Chinese is the reader's own CJK font's by design: counted, not listed; any other character is named.
  const missing = pages
    .map(({ edition, text }) => {
      const left = [...text].filter((char) => !drawn.has(char.codePointAt(0) ?? 0));
      const han = left.filter(isHan).length;
      const other = left.filter((char) => !isHan(char)).join('');
      return [edition, [han > 0 ? `${han} Chinese` : '', other].filter(Boolean).join(' and ')];
    })
    .filter(([, chars]) => chars)
    .map(([edition, chars]) => `${edition} ${chars}`);
  return `fonts: ${sizes.join(', ')}${missing.length > 0 ? `; left to the reader's fonts: ${missing.join(', ')}` : ''}`;
}

/**
 * The cuts of every font for the pages of the project at `root`, made or reused in `dir`: the stylesheet
 * that declares them, the advance table's module and a line for the log.
 */
export async function fontOutputs(root: string, dir: string): Promise<{ css: string; advances: string; summary: string }> {
  const pages = pageTexts(root);
  const subsets = await cachedSubsets(root, dir, pages);
  const faces = subsets.flatMap(({ font, cuts }) => cuts.map(({ file, codePoints }) => ({ font, url: `./${file}`, codePoints })));
  const css = fontFacesCss(faces, subsets, [hanPunctuationFace()]);
  return { css, advances: textAdvancesModule(textAdvances(subsets)), summary: summary(subsets, pages) };
}

/**
 * The house fonts and the Han fallback, cut at build start and dev-server start (and again in dev when the
 * story, an edition, the strings or the code change), cached in node_modules/.cache/fonts. The built CSS points at hashed
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
    const { css, advances, summary } = await fontOutputs(root, dir);
    log(summary);
    const previousModule = advancesModule;
    advancesModule = advances;
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
      dir = fontCacheDir(root);
      cssPath = join(dir, 'fonts.css');
      return { resolve: { alias: [{ find: fontsCssId, replacement: cssPath }] } };
    },
    configResolved(config) {
      if (config.command !== 'build') return;

      info = (message) => config.logger.info(message);
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
