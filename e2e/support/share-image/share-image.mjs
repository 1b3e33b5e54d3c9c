// Makes public/share.png (1200×630), the picture social networks show for the story, from the story's own
// data: its headline, dek and source beside its opening map, drawn by the map's own code and screenshotted
// in Chromium with the built site's CSS and fonts. Run `npm run share-image` (it builds first), then commit
// the image. Nothing is requested from any other origin.
// The functions passed to page.evaluate run in the page, hence this browser global:
/* global document */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumPath, quietChromiumFlags } from '../chromium-path.mjs';

const root = resolve(import.meta.dirname, '../../..');
const dist = join(root, 'dist');
const output = join(root, 'public/share.png');
const origin = 'http://share-image.invalid';

if (!existsSync(join(dist, 'index.html'))) throw new Error('share-image: build the site first (npm run build)');

// The app's CSS is inline in the built page; its font URLs (./assets/…) resolve against the card's origin.
const siteCss = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
if (!siteCss) throw new Error('share-image: dist/index.html has no inline <style>');

// The card is rendered with the app's own components, loaded through Vite as the prerender does.
const server = await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
let html;
try {
  const card = await server.ssrLoadModule('/e2e/support/share-image/share-card.tsx');
  html = card.shareCardHtml(JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8')), siteCss);
} finally {
  await server.close();
}

const types = { '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.css': 'text/css' };
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
try {
  // Reduced motion: the map's marks fade in otherwise, and the picture must show them whole.
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort('blockedbyclient');
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto(`${origin}/`);
  const loaded = await page.evaluate(async () => {
    await Promise.all(['Inter Variable', 'Source Serif 4 Variable'].map((family) => document.fonts.load(`16px "${family}"`)));
    return document.fonts.check('16px "Inter Variable"') && document.fonts.check('16px "Source Serif 4 Variable"');
  });
  if (!loaded) throw new Error('share-image: the house fonts did not load');
  // The headline and dek must fit the card: nothing may run past its bottom edge.
  const overflow = await page.evaluate(() => {
    const text = document.querySelector('.text');
    return text ? text.scrollHeight - text.clientHeight : 0;
  });
  if (overflow > 0) throw new Error(`share-image: the text runs ${overflow}px past the card; shorten the dek or the headline`);
  await page.screenshot({ path: output });
  console.warn(`share-image: wrote ${output}`);
} finally {
  await browser.close();
}
