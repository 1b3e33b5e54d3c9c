// Fault injection: every part of the page's code that loads later fails to download, in every mode, and the
// story stays on screen with a way to reload (a tab left open across a redeploy gets 404 for old files).
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { openStory, scrollToStep } from './support/story.ts';

/** Makes every request for the built files whose names start with one of `names` fail with a 404. */
async function failFiles(page: Page, ...names: string[]) {
  await page.route(new RegExp(`/assets/(${names.join('|')})-[\\w-]+\\.js$`), (route) => route.fulfill({ status: 404, body: 'gone' }));
}

/** The story's own text is on screen: its headline and the first step's first paragraph. */
async function expectStoryText(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
  await expect(page.getByText(raw.steps[0]!.paragraphs[0]!.text, { exact: true })).toBeVisible();
}

const reload = (page: Page) => page.getByRole('alert').getByRole('button', { name: 'Reload the page' });

for (const address of ['./', './?mode=embed', './?mode=present', './#volume-2015']) {
  test(`at ${address}, if the app's code cannot be downloaded, the story stays and a reload is offered`, async ({ page }) => {
    await failFiles(page, 'start');
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
  test(`at ${address}, a graphic whose code cannot be downloaded keeps its prerendered drawing, and the reader is told`, async ({
    page,
  }) => {
    await failFiles(page, 'timeline-graphic', 'volume-graphic', 'share-graphic');
    await openStory(page, address);
    await scrollToStep(page, 'lazada');
    const shown = page.locator('[data-restored-graphic="timeline"]:not([inert])');
    await expect(shown.getByRole('img', { name: raw.graphics.timeline.title })).toBeVisible();
    await expect(shown).toContainText('it shows its first state');
    await expect(reload(page)).toBeVisible();
    await expectStoryText(page);
    // Hidden ones are out of reach, as the graphics they stand in for would be.
    await expect(page.locator('[data-restored-graphic="volume"]')).toHaveAttribute('aria-hidden', 'true');
  });
}

test('if the Embed dialog cannot be downloaded, the story stays and a reload is offered', async ({ page }) => {
  await openStory(page);
  await failFiles(page, 'embed-dialog');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(reload(page)).toBeVisible();
  await expectStoryText(page);
});

test('if the presentation cannot be downloaded, the story shows instead of a blank screen', async ({ page }) => {
  await failFiles(page, 'present-page');
  await page.goto('./?mode=present');
  await expect(reload(page)).toBeVisible();
  await expectStoryText(page);
});

test('in a Pym.js embed whose protocol code cannot be downloaded, the story still works as a plain embed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await failFiles(page, 'pym-child');
  await openStory(page, './?mode=embed&childId=story');
  await expectStoryText(page);
  expect(errors).toEqual([]);
});

test('in presentation, a graphic whose code cannot be downloaded leaves the slide’s text, and the reader is told', async ({ page }) => {
  await failFiles(page, 'timeline-graphic', 'volume-graphic', 'share-graphic');
  await page.goto('./?mode=present#lazada');
  await expect(reload(page)).toBeVisible();
  const step = raw.steps.find((s) => s.id === 'lazada')!;
  await expect(page.locator('[data-slide="step"]')).toContainText(step.kicker!);
});

test('if the map’s countries cannot be downloaded, the map says so and the story stays', async ({ page }) => {
  await page.route('**/data/map-frame.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openStory(page);
  await expect(page.locator('figure[data-graphic="map"] [data-map-status="failed"]')).toBeVisible();
  await expectStoryText(page);
});

test('if the printed handout’s code cannot be downloaded, the Print button still prints the text, with its note', async ({ page }) => {
  await openStory(page);
  await failFiles(page, 'print-handout');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
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
