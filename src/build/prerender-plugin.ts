// Vite plugin: after the build, prerenders the whole story into each edition's page (dist/index.html,
// dist/ru/index.html, dist/zh/index.html) with its head, its data inline and its language, so each page is
// complete in its language before any script runs. The editions share one set of scripts and styles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { withSsrServer } from './ssr-server.ts';
import { editionIsland } from '#src/app/inline-data.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { Story } from '#src/data/schema.ts';
import { contentSecurityPolicy, headTags, policyTag, withHeadTags } from './head-tags.ts';
import { inlineStylesheet } from './inline-css.ts';
import { inlineIcon } from './inline-icon.ts';
import type { Site } from './edition/site.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { graphicStylesheet, standaloneSvg, writeGraphicFiles, type StepGraphic } from './graphic-files.ts';

const rootElement = `<div id="${pageIds.root}"></div>`;

type Renderer = typeof import('#src/app/prerender.tsx');

const loadRenderer = (server: ViteDevServer) => server.ssrLoadModule('/src/app/prerender.tsx') as Promise<Renderer>;

type Rendered = { body: string; graphics: StepGraphic[] };

/**
 * Each edition's story HTML and step graphics, rendered in one Vite SSR server, all at once: nothing in
 * the render is shared.
 * @param mode the build's Vite mode, so the story renders as that build's code does (e.g. the offline file's).
 */
async function renderWithVite(root: string, mode: string, editions: Edition<Story>[], frames: MapFrame[]): Promise<Rendered[]> {
  if (frames.length !== editions.length) throw new Error('prerender: an edition without its map frame');
  return withSsrServer(root, mode, async (server) => {
    const entry = await loadRenderer(server);
    return Promise.all(
      editions.map(async (edition, i) => ({
        body: await entry.renderStory(edition),
        graphics: entry.renderStepGraphics(edition, frames[i] as MapFrame),
      })),
    );
  });
}

/**
 * The page moved one folder down (dist/ru/): its own files' page-relative addresses ("./assets/…",
 * "url(./assets/…)") point one folder up. Addresses without "./" (data/, offline.html) are the edition's own.
 */
export function oneFolderDown(html: string): string {
  return html.replace(/(=["']|url\()\.\//g, '$1../');
}

/**
 * The edition's page: the built page with its language and head, its styles and icon inline, its addresses
 * moved to its folder, then its story and data.
 * @param read reads a file of the build by its path from the site's root
 */
function editionPage(template: string, edition: Edition<Story>, body: string, read: (path: string) => Buffer): string {
  const head = [policyTag(contentSecurityPolicy), ...headTags(edition, process.env.SITE_URL)];
  let page = withHeadTags(template, head).replace(/<html lang="[^"]*"/, `<html lang="${edition.lang}"`);
  page = inlineIcon(page, read);
  page = inlineStylesheet(page, (path) => read(path).toString('utf8'), edition.path ? '../' : './');
  if (edition.path) page = oneFolderDown(page);
  return page.replace(rootElement, () => `<div id="${pageIds.root}">${body}</div>${editionIsland(edition)}`);
}

export function prerender(site: Site): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  let dev: ViteDevServer | undefined;
  return {
    name: 'prerender',
    configResolved(resolved) {
      config = resolved;
    },
    // The dev server serves this page at every address (ru/ too), prerendered as the build does it: with the
    // edition's language, head, story and data there. The build writes each edition's page after the bundle.
    async transformIndexHtml(html, context) {
      if (config.command === 'build' || !dev) return html;
      const path = (context.originalUrl ?? '/').split(/[?#]/)[0] ?? '/';
      const pages = await site.pages();
      const edition = pages.find((e) => e.path && path.startsWith(`/${e.path}`)) ?? pages[0];
      if (!edition) return html;
      const body = await (await loadRenderer(dev)).renderStory(edition);
      return withHeadTags(html, headTags(edition, process.env.SITE_URL))
        .replace(/<html lang="[^"]*"/, `<html lang="${edition.lang}"`)
        .replace(rootElement, () => `<div id="${pageIds.root}">${body}</div>${editionIsland(edition)}`);
    },
    // The dev server draws a step's graphic file when it is asked for, as the build writes it.
    configureServer(server) {
      dev = server;
      server.middlewares.use((request, response, next) => {
        const [, folder = '', id] = /^\/([\w-]+\/)?graphics\/([\w-]+)\.svg$/.exec(request.url?.split('?')[0] ?? '') ?? [];
        if (!id) return next();
        void (async () => {
          const pages = await site.pages();
          const i = pages.findIndex((edition) => edition.path === folder);
          const edition = pages[i];
          const frame = site.editions()[i]?.frame();
          const graphic = edition && frame && (await loadRenderer(server)).renderStepGraphics(edition, frame).find((g) => g.id === id);
          if (!graphic) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(standaloneSvg(graphic.svg, await graphicStylesheet(config.root, [graphic])));
        })().catch(next);
      });
    },
    // A build that failed leaves no fresh page: prerendering what is there would hide the real error.
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr || failed) return;
      const outDir = resolve(config.root, config.build.outDir);
      const htmlFile = resolve(outDir, 'index.html');
      const template = readFileSync(htmlFile, 'utf8');
      if (!template.includes(rootElement)) throw new Error(`prerender: ${htmlFile} has no ${rootElement}`);
      const pages = await site.pages();
      const rendered = await renderWithVite(
        config.root,
        config.mode,
        pages,
        site.editions().map(({ frame }) => frame()),
      );
      const css = await graphicStylesheet(
        config.root,
        rendered.flatMap(({ graphics }) => graphics),
      );
      const read = (path: string) => readFileSync(resolve(outDir, path));
      pages.forEach((edition, i) => {
        const { body = '', graphics = [] } = rendered[i] ?? {};
        const html = editionPage(template, edition, body, read);
        const file = resolve(outDir, edition.path, 'index.html');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
        writeGraphicFiles(dirname(file), graphics, css);
      });
    },
  };
}
