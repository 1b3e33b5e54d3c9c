// Makes public/share.png (1200×630), the picture social networks show for the story, and one per language
// edition (share-ru.png, share-zh.png), from the built pages' own data: the headline, dek and source beside
// the opening map, drawn by the map's own code and screenshotted in Chromium with the built site's CSS and
// fonts. Run `npm run share-image` (it builds first), then commit the images. Nothing is requested from any
// other origin.
// The functions passed to page.evaluate run in the page, hence this browser global:
/* global document */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumPath, quietChromiumFlags } from '../chromium-path.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
/** Each edition's built folder and picture (src/build/head-tags.ts names them). */
const editions = [
  { path: '', output: 'public/share.png' },
  { path: 'ru/', output: 'public/share-ru.png' },
  { path: 'zh/', output: 'public/share-zh.png' },
];
const origin = 'http://share-image.invalid';

if (!existsSync(join(dist, 'index.html'))) throw new Error('share-image: build the site first (npm run build)');

/** The inline JSON of a built page, by its element's id. */
const inlineJson = (html, id) =>
  JSON.parse(new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html)?.[1] ?? 'null');

// The card is rendered with the app's own components, loaded through Vite as the prerender does.
const server = await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
/** @type {{ html: string, output: string }[]} */
const cards = [];
try {
  const card = await server.ssrLoadModule('/scripts/share-image/share-card.tsx');
  for (const { path, output } of editions) {
    const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
    // The app's CSS is inline in the built page; its font URLs (./assets/…, or ../assets/… one folder down)
    // resolve against the card's origin.
    const siteCss = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1]?.replaceAll('url(../assets/', 'url(./assets/');
    if (!siteCss) throw new Error(`share-image: dist/${path}index.html has no inline <style>`);
    const frame = JSON.parse(readFileSync(join(dist, path, 'data/map-frame.json'), 'utf8'));
    cards.push({ html: card.shareCardHtml(inlineJson(page, 'edition'), frame, siteCss), output: join(root, output) });
  }
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
  for (const { html, output } of cards) {
    await page.unrouteAll();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort('blockedbyclient');
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = normalize(join(dist, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await page.goto(`${origin}/`);
    // Every font the card's text is set in, whatever its language, in (a Chinese card's Han: the machine's CJK font).
    await page.evaluate(() => document.fonts.ready);
    // (The metric-matched fallbacks name the reader's local fonts, which a machine may not have: not ours to load.)
    const missing = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'error' && !f.family.includes('Fallback')).map((f) => f.family),
    );
    if (missing.length > 0) throw new Error(`share-image: fonts did not load: ${missing.join(', ')}`);
    const loaded = await page.evaluate(() => document.fonts.check('16px "Inter Variable"'));
    if (!loaded) throw new Error('share-image: the house fonts did not load');
    // The headline, dek and source lines must fit the card: nothing may run past its bottom edge.
    const overflow = await page.evaluate(() => {
      const text = document.querySelector('.text');
      const source = document.querySelector('.source');
      const bottom = Math.max(
        text ? text.scrollHeight - text.clientHeight : 0,
        source ? source.getBoundingClientRect().bottom - 630 + 30 : 0,
      );
      return Math.ceil(bottom);
    });
    if (overflow > 0) throw new Error(`share-image: ${output}: the text runs ${overflow}px past the card; shorten the dek or the headline`);
    // Nor may the dek be cut short by its line clamp: a cut dek can say less than the story (review M14).
    const cut = await page.evaluate(() => {
      const dek = document.querySelector('.dek');
      return dek ? dek.scrollHeight - dek.clientHeight : 0;
    });
    if (cut > 1) throw new Error(`share-image: ${output}: the dek is cut by ${cut}px; shorten it`);
    await page.screenshot({ path: output });
    console.warn(`share-image: wrote ${output}`);
  }
} finally {
  await browser.close();
}
