// Vite plugin: a page for each step of the story, in every edition (src/steps/): the build writes
// dist/steps/<step-id>/index.html and oembed.json, dist/ru/steps/<step-id>/…, and the pages' embed-mode script
// into assets/; the dev server makes a page when it is asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { withSsrServer } from './ssr-server.ts';
import { stepFolder } from '#src/steps/step-addresses.ts';
import type { Site } from './edition/site.ts';
import { offlineMode } from './offline-plugin.ts';
import { embedModeName, embedModeScript } from './step-pages/embed-mode-script.ts';
import { stepPageFiles, stepPagesOf, type RenderStepPage, type StepPageContent } from './step-pages/step-pages.ts';

const entry = '/src/steps/render-step-page.tsx';

const loadRender = async (server: ViteDevServer): Promise<RenderStepPage> =>
  ((await server.ssrLoadModule(entry)) as typeof import('#src/steps/render-step-page.tsx')).renderStepPage;

/** What every step page of the site shows, each edition's with its page data whole and its map frame. */
async function sitePages(site: Site, script: string): Promise<StepPageContent[]> {
  const pages = await site.pages();
  const built = site.editions();
  return pages.flatMap((page, i) => {
    const edition = built[i];
    if (!edition) throw new Error(`step pages: no edition for the ${page.code} page`);
    return stepPagesOf({ page, built: edition }, script, process.env.SITE_URL);
  });
}

/** The dev server's address of the script (the build's has a hash). */
const devScript = `assets/${embedModeName}`;

export function stepPages(site: Site): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  /** The script's file in the build, once the bundle has it. */
  let script: string | undefined;
  const skipped = () => config.build.ssr || config.mode === offlineMode;
  return {
    name: 'step-pages',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0]?.replace(/^\//, '') ?? '';
        if (path === devScript) {
          void embedModeScript(config.root)
            .then((code) => response.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(code))
            .catch(next);
          return;
        }
        if (!path.includes('steps/')) return next();
        const file = path.endsWith('/') ? `${path}index.html` : path;
        void (async () => {
          const content = (await sitePages(site, devScript)).find((c) => file.startsWith(stepFolder(c.edition, c.stepId)));
          const made = content && (await stepPageFiles(config.root, [content], await loadRender(server))).find((f) => f.path === file);
          if (!made) return next();
          response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
          response.end(made.text);
        })().catch(next);
      });
    },
    async generateBundle() {
      if (skipped()) return;
      const reference = this.emitFile({ type: 'asset', name: embedModeName, source: await embedModeScript(config.root) });
      script = this.getFileName(reference);
    },
    // A build that failed leaves no page, as the prerender does (prerender-plugin.ts).
    buildEnd(error) {
      if (error) failed = true;
    },
    async closeBundle() {
      // The offline file is the story alone: its build needs no step page.
      if (config.command !== 'build' || skipped() || failed || !script) return;
      const pages = await sitePages(site, script);
      const files = await withSsrServer(config.root, config.mode, async (server) =>
        stepPageFiles(config.root, pages, await loadRender(server)),
      );
      const outDir = resolve(config.root, config.build.outDir);
      for (const { path, text } of files) {
        const file = resolve(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    },
  };
}
