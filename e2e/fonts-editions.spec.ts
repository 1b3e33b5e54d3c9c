// The editions' fonts in the browser: the English page fetches no Russian or Chinese font file, Russian text
// fetches the Cyrillic cuts, and Chinese text, on a machine without a CJK font (like this one and CI's),
// the Han subset, with every character drawn by a font that has it (no missing-glyph boxes). Until the
// edition pages are built, the Russian and Chinese text is added to the English page, in its language.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

test.skip(({ isMobile }) => isMobile, 'what a page fetches does not depend on its size');

/** The font files a page fetches, by name without the hash ("inter-subset-ru"). */
function fontRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/([^/]+)-[\w-]{8}\.woff2$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) files.push(name);
  });
  return files;
}

async function openLive(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('html[data-live]')).toBeAttached();
}

/** Adds a paragraph in `lang` to the page, in the serif (the body's) or the sans, and waits for its fonts. */
async function addText(page: Page, lang: string, text: string, font: 'serif' | 'sans'): Promise<void> {
  await page.evaluate(
    async ({ lang, text, font }) => {
      const p = document.createElement('p');
      p.lang = lang;
      p.textContent = text;
      p.dataset.testText = font;
      if (font === 'sans') p.style.fontFamily = 'var(--font-sans)';
      document.body.append(p);
      await document.fonts.ready;
    },
    { lang, text, font },
  );
}

/** The fonts Chromium draws an element's text with, and how many glyphs from each. */
async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

test('the English page fetches its two fonts and none of the editions’', async ({ page }) => {
  const files = fontRequests(page);
  await openLive(page);
  await page.evaluate(() => document.fonts.ready);
  expect(files).toContain('inter-subset');
  expect(files.filter((file) => /-(ru|zh)(-|$)/.test(file))).toEqual([]);
});

test('Russian text fetches the Cyrillic cuts of both house fonts', async ({ page }) => {
  const files = fontRequests(page);
  await openLive(page);
  await addText(page, 'ru', 'Съешь же ещё этих мягких французских булок, да выпей чаю. «Ёлка» №5', 'serif');
  await addText(page, 'ru', 'Объём торговли: 5,4 трлн юаней', 'sans');
  await expect
    .poll(() => files)
    .toEqual(expect.arrayContaining(['source-serif-4-subset-ru-cyrillic', 'source-serif-4-subset-ru', 'inter-subset-ru']));
  for (const font of ['serif', 'sans']) {
    const drawing = await fontsDrawing(page, `[data-test-text="${font}"]`);
    expect(drawing.filter((f) => !f.isCustomFont)).toEqual([]);
  }
});

test('Chinese text fetches the Han subset and draws every character from a font that has it', async ({ page }) => {
  const files = fontRequests(page);
  await openLive(page);
  // "中文" is the language switch's name for the Chinese edition; the punctuation is in every build's cut.
  await addText(page, 'zh-CN', '中文“2016”，《中文》（7700）：！', 'serif');
  await expect
    .poll(() => files)
    .toEqual(expect.arrayContaining(['noto-sans-sc-subset', 'noto-sans-sc-subset-zh', 'noto-sans-sc-subset-zh-punctuation']));
  const drawing = await fontsDrawing(page, '[data-test-text="serif"]');
  expect(drawing.filter((f) => !f.isCustomFont)).toEqual([]);
  expect(drawing.map((f) => f.familyName)).not.toContain('Source Serif 4');
});

/**
 * How many of an element's pixels differ clearly from its first one (the background): the ink drawn in it.
 * Captured by the browser as it is (Playwright's own screenshot waits for the fonts, which are held here).
 */
async function inkIn(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 1 } });
  await cdp.detach();
  const png = PNG.sync.read(Buffer.from(data, 'base64'));
  let ink = 0;
  for (let at = 0; at < png.data.length; at += 4) {
    const diff = [0, 1, 2].map((c) => Math.abs((png.data[at + c] ?? 0) - (png.data[c] ?? 0)));
    if (Math.max(...diff) > 40) ink++;
  }
  return ink;
}

test('while the Han font loads, the Chinese page draws no missing-glyph boxes: its Han text waits, blank', async ({ page }) => {
  // The font is held until the page has been looked at: on this machine (no CJK font) nothing else has Han.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/assets\/noto-sans-sc-subset-zh-[\w-]{8}\.woff2$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('zh/', { waitUntil: 'domcontentloaded' });
  const kicker = 'article > header > p'; // "跨境电商": Han only
  await expect(page.locator(kicker).first()).toBeVisible();
  await expect.poll(() => requested).toBe(true);
  expect(await inkIn(page, kicker)).toBe(0);
  release();
  await page.evaluate(() => document.fonts.ready);
  expect(await inkIn(page, kicker)).toBeGreaterThan(20);
});
