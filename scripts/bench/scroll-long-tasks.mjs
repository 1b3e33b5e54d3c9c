// Long tasks while a reader scrolls the story on a slow CPU: the scroll probe of `npm run bench`.
// The functions passed to page.evaluate run in the page, hence these browser globals:
/* global window, document, requestAnimationFrame, requestIdleCallback */

/**
 * @typedef {object} ScrollLongTasks
 * @property {number} count   long tasks (over 50 ms, as the browser defines them) seen while scrolling
 * @property {number} longest the longest of them in ms, 0 when there were none
 * @property {number} total   their summed duration in ms
 */

/** Name of the page-side probe; long enough not to clash with anything the page defines. */
const probeName = '__scrollLongTaskProbe';

/**
 * Scrolls the page from top to bottom as a reader does, with the CPU slowed down, and reports the long
 * tasks that scrolling caused. First a third of the viewport at a time with two animation frames between
 * steps (reading), then mouse-wheel flings back up to the top and a few down again (skimming).
 *
 * Only tasks after the page has loaded and gone idle (2 s at most) count: the observer is installed
 * unbuffered just before the first scroll, so page load and hydration are not measured here.
 * Throttling is Chromium's (CDP `Emulation.setCPUThrottlingRate`), so this works in Chromium only, and
 * it is reset to 1 when done, even on failure.
 *
 * @param {import('playwright-core').Page} page a page already on the story, scrolled to the top or not
 * @param {{ cpuSlowdown?: number }} [options] `cpuSlowdown`: CPU throttling rate (default 4, as Lighthouse's mobile preset)
 * @returns {Promise<ScrollLongTasks>}
 */
export async function measureScrollLongTasks(page, { cpuSlowdown = 4 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  try {
    await page.waitForLoadState('load');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 2_000 })));
    await page.evaluate((name) => {
      /** @type {number[]} */
      const durations = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      Object.assign(window, { [name]: { observer, durations } });
    }, probeName);

    await readDown(page);
    await flingToTop(page);
    for (let i = 0; i < 3; i++) await fling(page, 2);

    // Entries are delivered after their task ends: let the last ones arrive, then take the rest.
    await page.waitForTimeout(300);
    const durations = await page.evaluate((name) => {
      const probe = /** @type {any} */ (window)[name];
      for (const entry of probe.observer.takeRecords()) probe.durations.push(entry.duration);
      probe.observer.disconnect();
      delete (/** @type {any} */ (window)[name]);
      return /** @type {number[]} */ (probe.durations);
    }, probeName);
    return {
      count: durations.length,
      longest: Math.max(0, ...durations),
      total: durations.reduce((sum, d) => sum + d, 0),
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

/**
 * Reading: a third of the viewport per step, two animation frames apart, until the bottom. The loop runs
 * in the page so that no round trip to the test runner sits between steps.
 * @param {import('playwright-core').Page} page
 */
async function readDown(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise(requestAnimationFrame);
    const atBottom = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    // Bounded in case the page keeps growing as it is scrolled.
    for (let i = 0; i < 2_000 && !atBottom(); i++) {
      window.scrollBy(0, Math.round(window.innerHeight / 3));
      await frame();
      await frame();
    }
  });
}

/**
 * Skimming back: upward wheel flings of two viewports each until the top.
 * @param {import('playwright-core').Page} page
 */
async function flingToTop(page) {
  const { height, viewport } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  const bound = Math.ceil(height / (2 * viewport)) + 5;
  for (let i = 0; i < bound && (await fling(page, -2)) > 0; i++);
}

/**
 * One mouse-wheel fling of `viewports` viewport heights (negative: up), then waits until the scroll
 * position has stayed put for a few frames. Resolves with the scroll position.
 * @param {import('playwright-core').Page} page
 * @param {number} viewports
 * @returns {Promise<number>}
 */
async function fling(page, viewports) {
  const size = page.viewportSize() ?? { width: 800, height: 600 };
  await page.mouse.move(size.width / 2, size.height / 2);
  await page.mouse.wheel(0, viewports * size.height);
  return page.evaluate(async () => {
    const frame = () => new Promise(requestAnimationFrame);
    let last = -1;
    let still = 0;
    for (let i = 0; i < 300 && still < 5; i++) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
    return window.scrollY;
  });
}
