// The prerendered page: whole without JavaScript, hydrated without re-rendering, stable while it loads.
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { openStory, scrollToStep, stepIds } from './support/story.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader still gets the whole story, its graphics and its numbers', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
    for (const step of raw.steps) {
      await expect(page.locator(`[data-step-id="${step.id}"]`).getByText(step.paragraphs[0]!, { exact: true })).toBeVisible();
    }
    const graphics = page.locator('figure[data-graphic] svg[role="img"]');
    await expect(graphics).toHaveCount(4);
    for (const svg of await graphics.all()) await expect(svg).toBeVisible();
    await expect(page.locator('figure[data-graphic="volume"] svg')).toContainText('5.4 tn yuan');
    await expect(page.locator('#sources')).toContainText('about 4.2 trillion yuan');
    await expect(page.locator('#sources')).toContainText('about 1.1 trillion yuan');
  });

  test('the numbers tables open without a script', async ({ page }) => {
    await page.goto('./');
    const volume = page.locator('figure[data-graphic="volume"]');
    await volume.getByText('Show the numbers').click();
    // (Hidden from screen readers when not the current graphic; the sources table has the same numbers.)
    await expect(volume.locator('table')).toBeVisible();
    await expect(volume.locator('table')).toContainText('6.5');
  });
});

test('hydration reuses the prerendered HTML: no warning, nothing thrown away', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && messages.push(msg.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  // Record any element React removes from the prerendered tree (a failed hydration re-renders it all).
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedByHydration: string[] }).removedByHydration = removed;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (node instanceof Element) removed.push(node.tagName.toLowerCase());
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const response = await page.goto('./');
  const served = await response!.text();
  expect(served).toContain(`<h1`);
  expect(served).toContain(raw.steps.at(-1)!.paragraphs[0]!.replace(/'/g, '&#x27;'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const removed = await page.evaluate(() => (window as unknown as { removedByHydration: string[] }).removedByHydration);
  expect(removed.filter((tag) => ['article', 'section', 'figure', 'h1', 'main'].includes(tag))).toEqual([]);
  expect(messages).toEqual([]);
});

test('the layout does not shift while the page loads, hydrates and draws its map', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
  expect(total).toBeLessThanOrEqual(0.01);
});

test('before the first paint the page runs only its inline entry, which fetches nothing itself', async ({ request }) => {
  // The entry is inline (src/build/inline-entry.ts), allowed by its hash; the app's code is a dynamic
  // import that it starts after the first paint (src/app/main.ts, src/app/app-code.ts): no script file,
  // no module preload and no static import may fetch it any sooner.
  const html = await (await request.get('./')).text();
  expect(html).not.toMatch(/<link\b[^>]*\brel="modulepreload"/);
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  const code = scripts[0]!;
  expect(code).toContain('import(');
  expect(code).not.toMatch(/(^|[;\s}])import\s*(\{[^}]*\}\s*from\s*)?["'`]/);
  expect(code).not.toMatch(/\bexport\s*\{/);
  // What it imports after the first paint: the files the build lists, each of them there.
  const files = /<meta name="app-code" content="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
  expect(files.length).toBeGreaterThanOrEqual(1);
  for (const file of files) expect((await request.get(file)).status(), file).toBe(200);
  // Listed each after the files it imports: the start's own file, which the entry uses, is last.
  expect(await (await request.get(files.at(-1)!)).text()).toMatch(/export\s*\{[^}]*\bas start\b/);
  const hash = createHash('sha256').update(code).digest('base64');
  expect(html).toContain(`script-src &#39;self&#39; &#39;sha256-${hash}&#39;;`);
});

test('the house fonts load after the first paint, then replace the fallbacks', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-fonts-in', '', { timeout: 15_000 });
  const state = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    const fonts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2'));
    return {
      fontsAfterPaint: fonts.every((r) => r.startTime >= paint),
      fontCount: fonts.length,
      headline: getComputedStyle(document.querySelector('h1')!).fontFamily,
      header: getComputedStyle(document.querySelector('header[data-site-chrome]')!).fontFamily,
      loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    };
  });
  expect(state.fontCount).toBe(2);
  expect(state.fontsAfterPaint).toBe(true);
  expect(state.loaded).toEqual(expect.arrayContaining(['Source Serif 4 Variable', 'Inter Variable']));
  expect(state.headline).toMatch(/^"Source Serif 4 Variable", "Source Serif 4 Fallback/);
  expect(state.header).toMatch(/^"Inter Variable", "Inter Fallback/);
  // No text on the page is left on a fallback, including what came after the fonts (a dialog).
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const leftOver = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const left: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('script, style')) continue;
      const family = getComputedStyle(parent).fontFamily;
      // The embed code is set in the system's monospace on purpose.
      if (!/^"(Source Serif 4|Inter) Variable"/.test(family) && !/monospace$/.test(family)) left.push(node.textContent.trim().slice(0, 40));
    }
    return left;
  });
  expect(leftOver).toEqual([]);
});

test.describe('without JavaScript, the fonts', () => {
  test.use({ javaScriptEnabled: false });

  test('still come in, through the noscript stylesheet', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Source Serif 4 Variable"/);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))).toEqual(
      expect.arrayContaining(['Source Serif 4 Variable', 'Inter Variable']),
    );
  });
});

test('the graphics off screen stay out of the first layout, then are drawn at idle moments', async ({ page }) => {
  const visibility = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('figure[data-graphic]')].map((f) => [
          f.dataset.graphic,
          getComputedStyle(f).contentVisibility,
        ]),
      ),
    );
  // Before the app's code runs (here: never), only the graphic on screen is rendered.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('./');
  expect(await visibility()).toEqual({ map: 'visible', timeline: 'hidden', volume: 'hidden', share: 'hidden' });
  // With it, every graphic is drawn soon after the page comes to life, before the reader needs it.
  await page.unroute('**/assets/*.js');
  await page.goto('./');
  await expect(page.locator('figure[data-graphic][data-warm]')).toHaveCount(4, { timeout: 10_000 });
  expect(await visibility()).toEqual({ map: 'visible', timeline: 'visible', volume: 'visible', share: 'visible' });
});

test('the first visit loads no code for the later graphics until the reader moves', async ({ page }) => {
  const deferred: string[] = [];
  page.on('request', (request) => /(timeline|volume|share)-graphic/.test(request.url()) && deferred.push(request.url()));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(deferred).toEqual([]);
  await openStory(page);
  await scrollToStep(page, stepIds[1]!);
  await expect.poll(() => deferred.length).toBe(3);
});
