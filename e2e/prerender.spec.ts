// The prerendered page: whole without JavaScript, hydrated without re-rendering, stable while it loads.
import { expect, test } from '@playwright/test';
import raw from '../data/story.json' with { type: 'json' };
import { openStory, scrollToStep, stepIds } from './support/story';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader still gets the whole story, its graphics and its numbers', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
    for (const step of raw.steps) {
      await expect(page.locator(`[data-step-id="${step.id}"]`).getByText(step.paragraphs[0]!, { exact: true })).toBeVisible();
    }
    const graphics = page.locator('figure[data-chart] svg[role="img"]');
    await expect(graphics).toHaveCount(4);
    for (const svg of await graphics.all()) await expect(svg).toBeVisible();
    await expect(page.locator('figure[data-chart="volume"] svg')).toContainText('¥5.4tn');
    await expect(page.locator('#sources')).toContainText('about 4.2 trillion yuan');
    await expect(page.locator('#sources')).toContainText('about 20 percent');
  });

  test('the numbers tables open without a script', async ({ page }) => {
    await page.goto('./');
    const volume = page.locator('figure[data-chart="volume"]');
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

test('before the first paint the page loads only its entry script, which imports nothing else', async ({ request, baseURL }) => {
  // The app's code is a dynamic import that the entry starts after the first paint (src/app/main.ts):
  // no module preload in the HTML, and no static import in the entry, may fetch it any sooner.
  const html = await (await request.get('./')).text();
  expect(html).not.toContain('modulepreload');
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  expect(sources).toHaveLength(1);
  const code = await (await request.get(new URL(sources[0]!, baseURL).href)).text();
  expect(code).toContain('import(');
  expect(code).not.toMatch(/(^|[;\s}])import\s*(\{[^}]*\}\s*from\s*)?["'`]/);
  expect(code).not.toMatch(/from\s*["'`]\.\//);
});

test('the first visit loads no code for the later figures until the reader moves', async ({ page }) => {
  const deferred: string[] = [];
  page.on('request', (request) => /(timeline|volume|share)-figure/.test(request.url()) && deferred.push(request.url()));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(deferred).toEqual([]);
  await openStory(page);
  await scrollToStep(page, stepIds[1]!);
  await expect.poll(() => deferred.length).toBe(3);
});
