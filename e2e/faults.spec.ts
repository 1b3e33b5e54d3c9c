// Fault injection: every part of the page's code that loads later fails to download, in every mode, and the
// story stays on screen with a way to reload (a tab left open across a redeploy gets 404 for old files).
import { expect, test as base, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { openStory, scrollToStep } from './support/story.ts';
import { englishEdition } from './support/editions.ts';

const script = /\/assets\/[^/]+\.js$/;

/** The page's own entry script, as its HTML names it. */
async function entryScript(page: Page, address: string): Promise<string> {
  const html = await (await page.request.get(address)).text();
  const src = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no module script in ${address}`);
  return new URL(src, new URL(address, page.url() === 'about:blank' ? test.info().project.use.baseURL : page.url())).pathname;
}

/** The scripts a reader's visit loads: `first` on opening the story, `graphics` those reading on adds. */
type VisitScripts = { first: Set<string>; graphics: Set<string> };

/**
 * The scripts of a reader's visit, read once a worker off a visit in a context of its own; reading on means to a
 * step with another graphic than the map (the later graphics' code).
 */
const test = base.extend<object, { visit: VisitScripts }>({
  visit: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const visit = await context.newPage();
      const loaded = new Set<string>();
      visit.on('requestfinished', (request) => void (script.test(request.url()) && loaded.add(new URL(request.url()).pathname)));
      await openStory(visit);
      const first = new Set(loaded);
      await scrollToStep(visit, 'lazada');
      await expect(visit.locator('figure[data-graphic="timeline"][data-active="true"]')).toBeVisible();
      await visit.waitForLoadState('networkidle');
      await context.close();
      await use({ first, graphics: new Set([...loaded].filter((path) => !first.has(path))) });
    },
    { scope: 'worker' },
  ],
});

/** Makes every script request but for `kept` fail with a 404, as old files do after a redeploy. */
async function failScriptsBut(page: Page, kept: Set<string>) {
  await page.route(script, (route) =>
    kept.has(new URL(route.request().url()).pathname) ? route.fallback() : route.fulfill({ status: 404, body: 'gone' }),
  );
}

/** Code that loads later than a first visit's (a graphic, a dialog, the presentation, the embed protocol) fails. */
const failLaterCode = (page: Page, visit: VisitScripts) => failScriptsBut(page, visit.first);

/** The later graphics' code fails, and nothing else. */
async function failGraphicsCode(page: Page, { graphics }: VisitScripts) {
  expect(graphics.size).toBeGreaterThan(0);
  await page.route(script, (route) =>
    graphics.has(new URL(route.request().url()).pathname) ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
  );
}

/** The story's own text is on screen: its headline and the first step's first paragraph. */
async function expectStoryText(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
  await expect(page.getByText(raw.steps[0]!.paragraphs[0]!.text, { exact: true })).toBeVisible();
}

const reload = (page: Page) => page.getByRole('alert').getByRole('button', { name: 'Reload the page' });

for (const address of ['./', './?mode=embed', './?mode=present', './#volume-2015']) {
  test(`at ${address}, if the app's code cannot be downloaded, the story stays and a reload is offered`, async ({ page }) => {
    await failScriptsBut(page, new Set([await entryScript(page, address)]));
    await page.goto(address);
    await expect(reload(page)).toBeVisible();
    await expectStoryText(page);
    // Once the files are there again, the reload brings the page to life, at the same address.
    await page.unrouteAll();
    await reload(page).click();
    await expect(page.locator('html[data-live]')).toBeAttached();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(page.url()).toContain(address.slice(1));
  });
}

for (const address of ['./', './?mode=embed']) {
  test(`at ${address}, a graphic whose code cannot be downloaded is shown as its picture, and the reader is told`, async ({
    page,
    visit,
  }) => {
    await failGraphicsCode(page, visit);
    await openStory(page, address);
    await scrollToStep(page, 'lazada');
    const state = raw.graphicStates[raw.steps.find((s) => s.id === 'lazada')!.state as keyof typeof raw.graphicStates];
    const picture = page.getByRole('img', { name: state.description });
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(reload(page)).toBeVisible();
    await expectStoryText(page);
  });
}

test('if the Embed dialog cannot be downloaded, the story stays and a reload is offered', async ({ page, visit }) => {
  await failLaterCode(page, visit);
  await openStory(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(reload(page)).toBeVisible();
  await expectStoryText(page);
});

test('if the presentation cannot be downloaded, the story shows instead of a blank screen', async ({ page, visit }) => {
  await failLaterCode(page, visit);
  await page.goto('./?mode=present');
  await expect(reload(page)).toBeVisible();
  await expectStoryText(page);
});

test('in a Pym.js embed whose protocol code cannot be downloaded, the story still works as a plain embed', async ({ page, visit }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await failLaterCode(page, visit);
  await openStory(page, './?mode=embed&childId=story');
  await expectStoryText(page);
  expect(errors).toEqual([]);
});

test('in presentation, if the graphics’ code cannot be downloaded, the step’s text stays, and the reader is told', async ({
  page,
  visit,
}) => {
  await failGraphicsCode(page, visit);
  await page.goto('./?mode=present#lazada');
  await expect(reload(page)).toBeVisible();
  // On its slide, or in the story if the presentation shares a file with the graphics (chunking decides).
  const step = englishEdition.story.steps.find((s) => s.id === 'lazada')!;
  await expect(page.getByText(step.paragraphs[0]!.text, { exact: true }).first()).toBeVisible();
});

test('if the map’s countries cannot be downloaded, the map says so and the story stays', async ({ page }) => {
  await page.route('**/data/map-frame.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openStory(page);
  await expect(page.locator('figure[data-graphic="map"] [data-map-status="failed"]')).toBeVisible();
  await expectStoryText(page);
});

test('if no script of the page may run (a host that blocks it), the map’s loading line gives way to a failure', async ({ page }) => {
  await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
  // The line waits a while before it gives up; the browser's animations are sped up to wait less.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 50 });
  await page.goto('./');
  await expectStoryText(page);
  const map = page.locator('figure[data-graphic="map"]');
  await expect(map.locator('[data-map-status="stalled"]')).toBeVisible();
  await expect(map.locator('[data-map-status="loading"]')).toBeHidden();
  await expect(page.locator('html[data-live]')).toHaveCount(0);
});
