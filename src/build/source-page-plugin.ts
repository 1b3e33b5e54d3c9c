// Vite plugin: the report as numbered sentences, a page of its own per edition (src/source/). The build writes
// dist/source/index.html, dist/ru/source/index.html, …; the dev server makes the page when it is asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { withSsrServer } from './ssr-server.ts';
import type { Site } from './edition/site.ts';
import { offlineMode } from './offline-plugin.ts';
import { sourcePage, sourcePageFolder, type RenderSourcePage } from './source-page/source-pages.ts';

const entry = '/src/source/render-source-page.tsx';

const loadRender = async (server: ViteDevServer): Promise<RenderSourcePage> =>
  ((await server.ssrLoadModule(entry)) as typeof import('#src/source/render-source-page.tsx')).renderSourcePage;

export function sourcePages(site: Site): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'source-page',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/')
          .split(/[?#]/)[0]
          ?.replace(/^\//, '')
          .replace(/index\.html$/, '');
        if (!path?.endsWith('source/')) return next();
        void (async () => {
          const editions = site.editions();
          const edition = editions.find((e) => sourcePageFolder(e.entry) === path);
          if (!edition) return next();
          const html = await sourcePage(config.root, edition, editions, await loadRender(server));
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(html);
        })().catch(next);
      });
    },
    // A build that failed leaves no page, as the prerender does (prerender-plugin.ts).
    buildEnd(error) {
      if (error) failed = true;
    },
    async closeBundle() {
      // The offline file is the story alone: its build needs no source page.
      if (config.command !== 'build' || config.build.ssr || config.mode === offlineMode || failed) return;
      await withSsrServer(config.root, config.mode, async (server) => {
        const render = await loadRender(server);
        const editions = site.editions();
        const outDir = resolve(config.root, config.build.outDir);
        for (const edition of editions) {
          const folder = resolve(outDir, sourcePageFolder(edition.entry));
          mkdirSync(folder, { recursive: true });
          writeFileSync(resolve(folder, 'index.html'), await sourcePage(config.root, edition, editions, render));
        }
      });
    },
  };
}
