// Vite plugin: writes the story's metadata into <head> and, after the build, prerenders the whole story
// into dist/index.html with its data inline, so the page is complete before any script runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { parseStory } from '#src/data/validate.ts';
import { inlineDataId, serializeInlineData } from '#src/app/inline-data.ts';
import { contentSecurityPolicy, headTags, policyTag, withHeadTags } from './head-tags.ts';
import { inlineStylesheet } from './inline-css.ts';
import { inlineIcon } from './inline-icon.ts';
import { readStoryJson, storyFile } from './story-file.ts';
import { pageIds } from '#src/lib/page-ids.ts';

const rootElement = `<div id="${pageIds.root}"></div>`;

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
  let failed = false;
  const readStory = () => readStoryJson(config.root);
  return {
    name: 'prerender',
    configResolved(resolved) {
      config = resolved;
    },
    // After Vite's own processing of the page, so nothing rewrites the tags; they go first in <head>.
    transformIndexHtml(html) {
      const tags = headTags(parseStory(readStory(), storyFile()), process.env.SITE_URL);
      // Dev mode injects inline scripts (React refresh), so the policy only goes into the built page.
      return withHeadTags(html, config.command === 'build' ? [policyTag(contentSecurityPolicy), ...tags] : tags);
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
      const raw = readStory();
      const htmlFile = resolve(config.root, config.build.outDir, 'index.html');
      const page = readFileSync(htmlFile, 'utf8');
      if (!page.includes(rootElement)) throw new Error(`prerender: ${htmlFile} has no ${rootElement}`);
      const body = await renderWithVite(config.root, config.mode, raw);
      const data = `<script type="application/json" id="${inlineDataId}">${serializeInlineData(raw)}</script>`;
      const outDir = resolve(config.root, config.build.outDir);
      const read = (path: string) => readFileSync(resolve(outDir, path), 'utf8');
      const html = inlineStylesheet(page.replace(rootElement, `<div id="${pageIds.root}">${body}</div>${data}`), read);
      writeFileSync(
        htmlFile,
        inlineIcon(html, (path) => readFileSync(resolve(outDir, path))),
      );
    },
  };
}
