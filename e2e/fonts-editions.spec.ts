// The editions' fonts in the browser: the English page fetches no Russian or Chinese font file, Russian text
// fetches the Cyrillic cuts, and Chinese text fetches no font at all: the reader's own CJK font draws it,
// every character (no missing-glyph boxes), so it never waits for, or lacks, a download. The text is added
// to the English page in its language, so each case is one page's fonts.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';

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

/** Whether this machine has a Chinese font of its own, as every reader's does (npm test installs one where it can). */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

test('Chinese text fetches no font, and every character is drawn by the reader’s own CJK font', async ({ page }) => {
  const files = fontRequests(page);
  await openLive(page);
  await addText(page, 'zh-CN', '跨境电商：阿里巴巴“2016”，《中文》（7700亿美元）！', 'serif');
  expect(files.filter((file) => /-zh(-|$)/.test(file))).toEqual([]);
  test.skip(!hasChineseFont(), 'this machine has no Chinese font: a reader’s computer has one, and draws it');
  const drawing = await fontsDrawing(page, '[data-test-text="serif"]');
  // Inter for the digits and Latin, a system CJK font for the rest: no glyph left to a font that lacks it.
  expect(drawing.map((f) => f.familyName)).not.toContain('Source Serif 4');
  const cjk = drawing.filter((f) => !f.isCustomFont);
  expect(cjk.length).toBeGreaterThan(0);
  expect(
    cjk.every((f) => /CJK|Han|PingFang|YaHei|Hiragino|SC/.test(f.familyName)),
    JSON.stringify(cjk),
  ).toBe(true);
});
