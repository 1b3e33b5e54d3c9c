// The Russian and Chinese editions as a classroom takes them: printed as a handout, opened offline from a USB
// stick, and read with assistive technology (an accessibility scan).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectCurrent, openStory, scrollToStep, stepIds, stepLocator } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { offlineFileOnUsbStick } from './support/usb-stick.ts';
import { englishMessages, englishPhrases, saying, translatedEditions, untranslatedWords, whatThePageSays } from './support/editions.ts';
import { axeViolations } from './support/axe.ts';

// A handout, a file and a scan: none depends on the screen's size, and PDF export needs desktop Chromium.
test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');

for (const edition of translatedEditions) {
  const { story, t } = edition;
  const name = edition.edition.name;

  test(`${name}: the printed handout is in the edition’s language, each step with its graphic`, async ({ page }) => {
    const errors = collectErrors(page);
    await openStory(page, edition.base);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);
    for (const step of story.steps) {
      const element = stepLocator(page, step.id);
      await expect(element.getByText(step.paragraphs[0]!.text, { exact: true })).toBeVisible();
      const { graphic } = story.graphicStates[step.state]!;
      await expect(element.locator('figure[data-print-graphic]').getByText(story.graphics[graphic].title, { exact: true })).toBeVisible();
    }
    // What only the handout says (its graphics' captions) is in the edition's words too.
    const printed = await whatThePageSays(page, { within: '[data-print-graphic]' });
    expect.soft(saying(printed, englishPhrases(englishMessages)), 'English interface strings').toEqual([]);
    expect.soft(untranslatedWords(printed, edition), 'words in English').toEqual([]);
    expect(errors).toEqual([]);
  });

  test.describe(`${name}, its offline file on a USB stick, with no network`, () => {
    test.use({ offline: true });
    const offlineFile = offlineFileOnUsbStick(`${edition.edition.path}offline.html`);

    test(`${name}: opened from file:// at a step, it is live there in its language and asks for nothing`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors = collectErrors(page);
      await openStory(page, `${offlineFile()}#lazada`);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.edition.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);
      await expectCurrent(page, 'lazada');
      await scrollToStep(page, 'volume-2015');
      await expectCurrent(page, 'volume-2015');
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
    await scrollToStep(page, stepIds[9]!);
    await expectCurrent(page, stepIds[9]!);
    expect(await axeViolations(page, stepIds[9]!)).toEqual([]);
  });
}
