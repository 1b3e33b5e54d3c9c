// Vite plugin: after the site's build, builds the story once more as one bundle in the offline mode and
// folds it, with everything the page needs, into dist/offline.html: one file that works from file://.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { offlineFile } from '#src/lib/offline-file.ts';
import { offlineHtml } from '#src/build/offline/offline-html.ts';
import { builtEditions } from '#src/build/editions.ts';

/**
 * An edition's page (one folder down, its files' addresses "../assets/…") with its addresses as the root
 * page's: the offline file inlines every one of them, so where the page sat no longer matters.
 */
const oneFolderUp = (html: string) => html.replace(/(=["']|url\()\.\.\//g, '$1./');

/** The Vite mode of the offline file's build; the page's code sees it as `isOfflineFile` (src/lib/is-offline-file.ts). */
export const offlineMode = 'offline';

/**
 * The offline build: the same config in the offline mode, into a folder of its own, with every dynamic
 * import inlined, since Chromium loads no module script or chunk from file://.
 */
async function buildOffline(config: ResolvedConfig, outDir: string) {
  await build({
    root: config.root,
    configFile: config.configFile ?? false,
    mode: offlineMode,
    // Its warnings are the site build's own, already shown.
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // Nothing to preload in a single bundle, so no polyfill for it either.
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

export function offline(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'offline-file',
    config(_, env) {
      // A literal, not a comparison, so the bundler drops the offline branches (and the code only they
      // use) from the site's own bundle, across chunks too.
      return { define: { __OFFLINE_FILE__: JSON.stringify(env.mode === offlineMode) } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    // The bundler closes the bundle after a failed build too: a second build then would only bury the
    // first one's error under its own.
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    async closeBundle() {
      // Only the site's build makes the offline file; the offline build itself does not make another.
      if (config.command !== 'build' || config.build.ssr || config.mode === offlineMode || failed) return;
      const started = performance.now();
      const outDir = mkdtempSync(join(tmpdir(), 'cross-border-offline-'));
      try {
        await buildOffline(config, outDir);
        // Each edition's prerendered page becomes its offline file, beside its page (ru/offline.html).
        for (const { path } of builtEditions()) {
          const page = oneFolderUp(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
          // Its data (the map's frame, with the countries' names in its language) is the edition's own.
          const html = offlineHtml(page, (file) => readFileSync(join(outDir, file.startsWith('data/') ? `${path}${file}` : file)));
          writeFileSync(resolve(config.root, config.build.outDir, path, offlineFile.path), html);
          const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
          config.logger.info(`offline: ${path}${offlineFile.path}, ${kb} KB, in ${Math.round(performance.now() - started)} ms`);
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  };
}
