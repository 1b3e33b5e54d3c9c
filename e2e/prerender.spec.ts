// The prerendered page: whole without JavaScript, hydrated without re-rendering, stable while it loads.
import { expect, test } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { parseStory } from '#test/support/english.ts';
import { openStory, scrollToStep, stepIds } from './support/story.ts';

// The story as the page shows it: its number tokens written out.
const story = parseStory(raw);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader still gets the whole story, each step with its graphic, and its numbers', { tag: '@phone' }, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
    for (const step of story.steps) {
      const section = page.locator(`[data-step-id="${step.id}"]`);
      const text = section.getByText(step.paragraphs[0]!.text, { exact: true });
      await text.scrollIntoViewIfNeeded();
      await expect(text).toBeVisible();
      // Nothing is drawn over it: the graphic panel, sticky with a script, covered the first steps on a phone.
      const uncovered = await text.evaluate((el) => {
        const { x, y } = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(x + 2, y + 2));
      });
      expect(uncovered).toBe(true);
      // The picture of the graphic in the step's state, which a script would draw in the panel.
      const picture = section.locator('[data-print-graphic] img');
      await picture.scrollIntoViewIfNeeded();
      await expect(picture).toBeVisible();
      await expect(picture).toHaveAttribute('src', `graphics/${step.id}.svg`);
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
    const figures = page.locator('#sources table');
    await expect(figures).toBeVisible();
    await expect(figures).toContainText('about 4.2 trillion yuan');
    await expect(figures).toContainText('6.5 trillion yuan');
  });

  test('a page that has arrived only up to its graphic already shows the steps where they stay', { tag: '@phone' }, async ({ page }) => {
    // A slow network paints the page as it streams in. On a phone the graphic is drawn above the steps but
    // comes after them in the HTML: a paint before it arrived must not put the steps where it will go.
    // Scripts are off so that the cut page is not hydrated; the paint is the scripted page's, without noscript.css.
    await page.route('**/noscript.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    const full = await (await page.request.get('./')).text();
    const cut = full.indexOf('<div data-graphic-panel');
    expect(cut).toBeGreaterThan(full.indexOf('data-step-id'));
    const firstStepTop = () =>
      page
        .locator('[data-step-id]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await page.goto('./');
    const whole = await firstStepTop();
    await page.route(page.url(), (route) => route.fulfill({ contentType: 'text/html', body: full.slice(0, cut) }));
    await page.reload();
    await expect(page.locator('[data-graphic-panel]')).toHaveCount(0);
    expect(await firstStepTop()).toBe(whole);
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
  expect(served).toContain(story.steps.at(-1)!.paragraphs[0]!.text.replace(/'/g, '&#x27;'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Hydration is over once the page is live: the app marks <html> in its first effect, after React has
  // committed the hydrated tree (or the one it rendered again in its place).
  await expect(page.locator('html[data-live]')).toBeAttached();
  const removed = await page.evaluate(() => (window as unknown as { removedByHydration: string[] }).removedByHydration);
  expect(removed.filter((tag) => ['article', 'section', 'figure', 'h1', 'main'].includes(tag))).toEqual([]);
  expect(messages).toEqual([]);
});

test('the layout does not shift while the page loads, hydrates and draws its map', { tag: '@phone' }, async ({ page }) => {
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
  // Everything that arrives after the first paint is in: the app, the fonts, the map's countries.
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('figure[data-graphic="map"] [data-country]').first()).toBeAttached();
  const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
  expect(total).toBeLessThanOrEqual(0.01);
});

test('the page runs one script, its entry module, and nothing inline', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, code]) => ({ attrs: attrs!, code: code! }));
  // The story data is JSON, which a browser never runs; every other script is a file of the site.
  const executable = scripts.filter((s) => !/type="application\/json"/.test(s.attrs));
  expect(executable).toHaveLength(1);
  expect(executable[0]!.code).toBe('');
  const src = /src="([^"]+)"/.exec(executable[0]!.attrs)?.[1];
  expect(src).toMatch(/^\.\/assets\/index-[\w-]+\.js$/);
  expect((await request.get(src!)).status()).toBe(200);
  // So the policy allows scripts from the site alone, with no hash for inline code.
  expect(html).toMatch(/script-src &#39;self&#39;;/);
});

test('the house fonts come in and no text is left on a fallback, not even what opens later', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  expect(loaded).toEqual(expect.arrayContaining(['Source Serif 4 Variable', 'Inter Variable']));
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const leftOver = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const left: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('script, style')) continue;
      const family = getComputedStyle(parent).fontFamily;
      // The embed code is set in the system's monospace on purpose; Chinese ("中文" in the language switch)
      // in the Chinese stack, Inter then the reader's CJK fonts (src/styles/index.css).
      const chinese =
        parent.closest('[lang|="zh"]') && /^"Han Punctuation", "Inter Variable"/.test(family) && /"Noto Sans CJK SC"/.test(family);
      if (!/^"(Source Serif 4|Inter) Variable"/.test(family) && !/monospace$/.test(family) && !chinese)
        left.push(node.textContent.trim().slice(0, 40));
    }
    return left;
  });
  expect(leftOver).toEqual([]);
});

test.describe('without JavaScript, the fonts', () => {
  test.use({ javaScriptEnabled: false });

  test('still come in', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Source Serif 4 Variable"/);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))).toEqual(
      expect.arrayContaining(['Source Serif 4 Variable', 'Inter Variable']),
    );
  });
});

test('the first visit loads no code for the later graphics until the reader moves', async ({ page }) => {
  // Counted as the scripts the first move brings: which files hold that code is the bundler's business.
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  await openStory(page);
  await page.waitForLoadState('networkidle');
  const firstVisit = scripts.length;
  await scrollToStep(page, stepIds[1]!);
  await expect.poll(() => scripts.length).toBeGreaterThan(firstVisit);
});
