// Vite plugin: after the build, prerenders the whole story into each edition's page (dist/index.html,
// dist/ru/index.html, dist/zh/index.html) with its head, its data inline and its language, so each page is
// complete in its language before any script runs. The editions share one set of scripts and styles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { editionIsland } from '#src/app/inline-data.ts';
import type { Edition } from '#src/edition/edition.ts';
import { contentSecurityPolicy, headTags, policyTag, withHeadTags } from './head-tags.ts';
import { inlineStylesheet } from './inline-css.ts';
import { inlineIcon } from './inline-icon.ts';
import type { Site } from './edition/site.ts';
import { pageIds } from '#src/lib/page-ids.ts';

const rootElement = `<div id="${pageIds.root}"></div>`;

type Renderer = { renderStory(edition: Edition): Promise<string> };

/**
 * Each edition's story HTML, rendered in one Vite SSR server, all at once: nothing in the render is shared.
 * @param mode the build's Vite mode, so the story renders as that build's code does (e.g. the offline file's).
 */
async function renderWithVite(root: string, mode: string, editions: Edition[]): Promise<string[]> {
  const server = await createServer({
    root,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Renderer;
    return await Promise.all(editions.map((edition) => entry.renderStory(edition)));
  } finally {
    await server.close();
  }
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
function editionPage(template: string, edition: Edition, body: string, read: (path: string) => Buffer): string {
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
  return {
    name: 'prerender',
    configResolved(resolved) {
      config = resolved;
    },
    // The dev server serves this page at every address (ru/ too): it gets the edition's language, head and
    // data there, and renders in the browser. The build writes each edition's prerendered page after the
    // bundle instead.
    async transformIndexHtml(html, context) {
      if (config.command === 'build') return html;
      const path = (context.originalUrl ?? '/').split(/[?#]/)[0] ?? '/';
      const pages = await site.pages();
      const edition = pages.find((e) => e.path && path.startsWith(`/${e.path}`)) ?? pages[0];
      if (!edition) return html;
      return withHeadTags(html, headTags(edition, process.env.SITE_URL))
        .replace(/<html lang="[^"]*"/, `<html lang="${edition.lang}"`)
        .replace('</body>', () => `${editionIsland(edition)}</body>`);
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
      const bodies = await renderWithVite(config.root, config.mode, pages);
      const read = (path: string) => readFileSync(resolve(outDir, path));
      pages.forEach((edition, i) => {
        const html = editionPage(template, edition, bodies[i] ?? '', read);
        const file = resolve(outDir, edition.path, 'index.html');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      });
    },
  };
}
