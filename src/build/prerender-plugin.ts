// Vite plugin: writes the story's metadata into <head> and, after the build, prerenders the whole story
// into dist/index.html with its data inline, so the page is complete before any script runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { parseStory } from '../data/validate';
import { inlineDataId, serializeInlineData } from '../app/inline-data';
import { contentSecurityPolicy, headTags } from './head-tags';
import { inlineStylesheet } from './inline-css';

const storyFile = 'data/story.json';
const rootElement = '<div id="root"></div>';

/** @param mode the build's Vite mode, so the story renders as that build's code does (e.g. the offline file's). */
async function renderWithVite(root: string, mode: string, raw: unknown): Promise<string> {
  const server = await createServer({
    root,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { renderStory(raw: unknown): Promise<string> };
    return await entry.renderStory(raw);
  } finally {
    await server.close();
  }
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  const readStory = () => JSON.parse(readFileSync(resolve(config.root, storyFile), 'utf8')) as unknown;
  return {
    name: 'prerender',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml() {
      const tags = headTags(parseStory(readStory(), storyFile), process.env.SITE_URL);
      if (config.command === 'build') {
        // Dev mode injects inline scripts (React refresh), so the policy only goes into the built page.
        tags.unshift({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' });
      }
      return tags;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const raw = readStory();
      const htmlFile = resolve(config.root, config.build.outDir, 'index.html');
      const page = readFileSync(htmlFile, 'utf8');
      if (!page.includes(rootElement)) throw new Error(`prerender: ${htmlFile} has no ${rootElement}`);
      const body = await renderWithVite(config.root, config.mode, raw);
      const data = `<script type="application/json" id="${inlineDataId}">${serializeInlineData(raw)}</script>`;
      const outDir = resolve(config.root, config.build.outDir);
      const complete = page
        .replace(rootElement, `<div id="root">${body}</div>${data}`)
        // The page is whole without its script, which only brings it to life: fetching the script at low
        // priority leaves the first paint's bandwidth to the HTML (and tells Lighthouse it is not render-blocking).
        .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
      writeFileSync(htmlFile, inlineStylesheet(complete, (path) => readFileSync(resolve(outDir, path), 'utf8')));
    },
  };
}
