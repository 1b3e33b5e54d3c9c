// Vite plugin: after the build, prerenders the whole story into each edition's page (dist/index.html,
// dist/ru/index.html, dist/zh/index.html) with its head, its data inline and its language, so each page is
// complete in its language before any script runs. The editions share one set of scripts and styles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { inlineDataId, inlineWordingId, serializeInlineData } from '#src/app/inline-data.ts';
import type { Wording } from '#src/lib/strings.ts';
import { contentSecurityPolicy, headTags, policyTag, withHeadTags } from './head-tags.ts';
import { inlineStylesheet } from './inline-css.ts';
import { inlineIcon } from './inline-icon.ts';
import { readEditions, type BuiltEdition } from './editions.ts';
import { pageIds } from '#src/lib/page-ids.ts';

const rootElement = `<div id="${pageIds.root}"></div>`;

type Renderer = { renderStory(raw: unknown, wording: Wording): Promise<string> };

/**
 * Each edition's story HTML, rendered in one Vite SSR server.
 * @param mode the build's Vite mode, so the story renders as that build's code does (e.g. the offline file's).
 */
async function renderWithVite(root: string, mode: string, built: BuiltEdition[]): Promise<string[]> {
  const server = await createServer({
    root,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Renderer;
    const bodies: string[] = [];
    // One after another: each render sets the page's wording and number formats for its edition.
    for (const { raw, wording } of built) bodies.push(await entry.renderStory(raw, wording));
    return bodies;
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
function editionPage(template: string, { edition, story, wording }: BuiltEdition, body: string, read: (path: string) => Buffer): string {
  const head = [policyTag(contentSecurityPolicy), ...headTags(story, edition, process.env.SITE_URL)];
  let page = withHeadTags(template, head).replace(/<html lang="[^"]*"/, `<html lang="${edition.lang}"`);
  page = inlineIcon(page, read);
  page = inlineStylesheet(page, (path) => read(path).toString('utf8'), edition.path ? '../' : './');
  if (edition.path) page = oneFolderDown(page);
  const data = `<script type="application/json" id="${inlineDataId}">${serializeInlineData(story)}</script>`;
  const words = `<script type="application/json" id="${inlineWordingId}">${serializeInlineData(wording)}</script>`;
  return page.replace(rootElement, () => `<div id="${pageIds.root}">${body}</div>${data}${words}`);
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'prerender',
    config(_, env) {
      // Every page carries its wording, the English one too (src/lib/strings.ts); the unit tests render with
      // the code's English.
      return { define: { __WORDING_IN_PAGE__: JSON.stringify(env.mode !== 'test') } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    // The dev server serves this page at every address (ru/ too): it gets the edition's language, head and
    // wording there, and fetches the edition's story (ru/data/story.json). The build writes each edition's
    // page after the bundle instead.
    transformIndexHtml(html, context) {
      if (config.command === 'build') return html;
      const path = (context.originalUrl ?? '/').split(/[?#]/)[0] ?? '/';
      const built = readEditions(config.root);
      const current = built.find((b) => b.edition.path && path.startsWith(`/${b.edition.path}`)) ?? built[0];
      if (!current) return html;
      const { edition, story, wording } = current;
      const words = `<script type="application/json" id="${inlineWordingId}">${serializeInlineData(wording)}</script>`;
      return withHeadTags(html, headTags(story, edition, process.env.SITE_URL))
        .replace(/<html lang="[^"]*"/, `<html lang="${edition.lang}"`)
        .replace('</body>', () => `${words}</body>`);
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
      const built = readEditions(config.root);
      const bodies = await renderWithVite(config.root, config.mode, built);
      const read = (path: string) => readFileSync(resolve(outDir, path));
      built.forEach((edition, i) => {
        const html = editionPage(template, edition, bodies[i] ?? '', read);
        const file = resolve(outDir, edition.edition.path, 'index.html');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      });
    },
  };
}
