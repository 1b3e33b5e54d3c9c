// The Russian and Chinese editions as a classroom takes them: opened offline from a USB stick, and read with
// assistive technology (an accessibility scan). Their printed handout is checked in print.spec.ts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openAtStep, openStory, reachStep, stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { offlineFileOnUsbStick } from './support/usb-stick.ts';
import { translatedEditions } from './support/editions.ts';
import { axeViolations } from './support/axe.ts';

// A file and a scan: neither depends on the screen's size.
test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');

for (const edition of translatedEditions) {
  const { story, t } = edition;
  const name = edition.edition.name;

  test.describe(`${name}, its offline file on a USB stick, with no network`, () => {
    test.use({ offline: true });
    const offlineFile = offlineFileOnUsbStick(`${edition.edition.path}offline.html`);

    test(`${name}: opened from file:// at a step, it is live there in its language and asks for nothing`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors = collectErrors(page);
      await openAtStep(page, 'lazada', offlineFile());
      await expect(page.locator('html')).toHaveAttribute('lang', edition.edition.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);
      await reachStep(page, 'volume-2015');
      await expect(page.locator('figure[data-graphic="map"] path[data-country]').first()).toBeAttached();
      // Its downloads carry their data in its words; the other editions are not beside it, so no switch.
      // They are the very files its page serves (ru/data/), not remade in the browser.
      const href = (await page.getByRole('link', { name: t('downloadCsv') }).getAttribute('href')) ?? '';
      expect(href).toMatch(/^data:text\/csv/);
      const served = readFileSync(`${process.env.STORY_DIST ?? 'dist'}/${edition.edition.path}data/cross-border-figures.csv`, 'utf8');
      expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(served);
      await expect(page.getByRole('navigation', { name: t('languages') })).toHaveCount(0);
      expect(requests.filter((url) => url.split('#')[0] !== offlineFile())).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  // One scan mid-story: axe reads the whole page wherever it is scrolled (the English page is scanned at
  // three places in page.spec.ts; the editions differ from it in their words, not their states).
  test(`${name}: axe finds no accessibility violations`, async ({ page }) => {
    await openStory(page, edition.base);
    await reachStep(page, stepIds[9]!);
    expect(await axeViolations(page, stepIds[9]!)).toEqual([]);
  });
}
