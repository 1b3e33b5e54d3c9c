// Vite plugin: ships the house fonts from the site itself, subset to the characters the editions show
// (src/build/edition/site.ts), with @font-face rules (`virtual:fonts.css`, imported by src/styles/index.css)
// and metric-matched local fallbacks. See src/build/fonts/ for the parts. Nothing preloads the fonts: the
// browser fetches them when the first layout finds text set in them (src/styles/index.css names them).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { writeAtomically } from '#src/build/fonts/subset.ts';
import type { Site } from '#src/build/edition/site.ts';

/** What src/styles/index.css imports; an alias for the generated stylesheet in the cache folder. */
export const fontsCssId = 'virtual:fonts.css';

/**
 * Where the subsets are cached: under node_modules/.cache/fonts, in a folder of the project's own, since
 * git worktrees may share one node_modules and must not overwrite each other's stylesheet mid-build.
 */
export function fontCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/fonts', createHash('sha256').update(root).digest('hex').slice(0, 12));
}

/**
 * The house fonts, cut at build start and dev-server start (and again in dev when what the pages show may
 * have changed), cached in node_modules/.cache/fonts. The built CSS points at hashed same-origin files.
 */
export function fonts(site: Site): Plugin {
  const cssPath = join(fontCacheDir(site.root), 'fonts.css');
  let log: (message: string) => void = () => {};

  /** Writes the stylesheet; says whether it changed. */
  async function generate(): Promise<boolean> {
    const { css, summary } = await site.fonts();
    log(summary);
    // Rewriting an unchanged file would still make Tailwind recompile every stylesheet that imports it.
    const changed = !existsSync(cssPath) || readFileSync(cssPath, 'utf8') !== css;
    if (changed) writeAtomically(cssPath, css);
    return changed;
  }

  return {
    name: 'fonts',
    // Tailwind inlines CSS @imports by reading files from disk, so the stylesheet and the fonts it points at
    // must be real files; Vite then resolves their url()s like any other asset.
    config: () => ({ resolve: { alias: [{ find: fontsCssId, replacement: cssPath }] } }),
    configResolved(config) {
      if (config.command === 'build') log = (message) => config.logger.info(message);
    },
    async buildStart() {
      await generate();
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.startsWith(site.root) || file.startsWith(join(site.root, 'node_modules'))) return;
        site.changed(file);
        generate()
          // The cache folder is not watched: tell Vite, so the importing stylesheet is rebuilt.
          .then((changed) => changed && server.watcher.emit('change', cssPath))
          .catch((error: unknown) => server.config.logger.error(`fonts: ${(error as Error).message}`));
      });
    },
  };
}
