// The offline file (dist/offline.html) as a teacher uses it: copied alone to a USB stick and opened from
// file:// with no network, in every mode, asking for nothing but itself.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { currentStep, expectCurrent, openStory, reachStep, readToTheEnd, stepIds, stepLocator } from './support/story.ts';
import { offlineFileOnUsbStick } from './support/usb-stick.ts';
import { collectErrors } from './support/errors.ts';

// One file, the same at every size: the site's own tests cover the phone layouts.
test.skip(({ isMobile }) => isMobile, 'the offline file is checked once, at desktop size');

test('the reader page offers the offline file, which downloads as one HTML file', async ({ page }) => {
  await openStory(page);
  const link = page.getByRole('link', { name: 'Download for offline use' });
  await expect(link).toHaveAttribute('href', 'offline.html');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('cross-border-offline.html');
  const html = readFileSync(await download.path(), 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('id="map-frame-data"');
});

test.describe('opened from a USB stick, with no network', () => {
  test.use({ offline: true });

  const offlineFile = offlineFileOnUsbStick();

  /** Opens the copied file with `suffix` (a query and/or hash), recording every request and every error. */
  async function openOffline(page: Page, suffix = '') {
    const requests: string[] = [];
    const errors = collectErrors(page);
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${offlineFile()}${suffix}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.meta.headline);
    await expect(page.locator('html[data-live]')).toBeAttached();
    const url = `${offlineFile()}${suffix.replace(/#.*/, '')}`;
    return { requests: () => requests.filter((r) => r !== url), errors };
  }

  test('from file:// with no network, the whole story shows, the map draws, and the graphics follow the reader', async ({ page }) => {
    const { requests, errors } = await openOffline(page);
    for (const id of stepIds) await expect(stepLocator(page, id)).toBeAttached();
    const map = page.locator('figure[data-graphic="map"]');
    await expect(map.locator('path[data-country]').first()).toBeAttached();
    expect(await map.locator('path[data-country]').count()).toBeGreaterThan(20);
    await expect(map).not.toContainText('Loading the map');
    const fonts = await page.evaluate(() =>
      document.fonts.ready.then((set) => [...set].filter((f) => f.status === 'loaded').map((f) => f.family)),
    );
    expect(fonts).toEqual(expect.arrayContaining(['Source Serif 4 Variable', 'Inter Variable']));
    await reachStep(page, 'volume-2015');
    await expect(page.locator('figure[data-graphic="volume"][data-active="true"]')).toBeVisible();
    await readToTheEnd(page);
    expect(requests()).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const suffix of ['?mode=embed', '#volume-2015', '?mode=embed#forecast-2016']) {
    test(`offline.html${suffix} opens as the site would, asking for nothing`, async ({ page }) => {
      const { requests, errors } = await openOffline(page, suffix);
      const step = /#(.+)/.exec(suffix)?.[1];
      if (step) await expectCurrent(page, step);
      if (suffix.includes('embed')) await expect(page.locator('header[data-site-chrome]')).toBeHidden();
      await expect(page.locator('figure[data-graphic="map"] path[data-country]').first()).toBeAttached();
      expect(requests()).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('the data downloads carry the very files the site serves, and nothing offers what needs the published site', async ({ page }) => {
    const { requests, errors } = await openOffline(page);
    const csv = page.getByRole('link', { name: 'Figures as CSV' });
    await expect(csv).toHaveAttribute('href', /^data:text\/csv/);
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    expect(download.suggestedFilename()).toBe('cross-border-figures.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      readFileSync(`${process.env.STORY_DIST ?? 'dist'}/data/cross-border-figures.csv`, 'utf8'),
    );
    await expect(page.getByRole('link', { name: 'Figures as JSON' })).toHaveAttribute('href', /^data:application\/json/);
    await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    expect(requests()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('offline.html?mode=present starts on the title slide, and → goes to the first step', async ({ page }) => {
    const { requests, errors } = await openOffline(page, '?mode=present');
    // The title slide: the headline (openOffline waits for it), and no step yet.
    await expect(currentStep(page)).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(currentStep(page)).toHaveCount(1);
    await expect(currentStep(page)).toHaveAttribute('data-step-id', stepIds[0]!);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${stepIds[0]}`);
    expect(requests()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
