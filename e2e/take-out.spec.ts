// Taking a step out of the reader page (issue 24): "Share this step" gives the step page's address, through
// the system's share sheet where there is one and the clipboard otherwise; the graphic's image links follow
// the reader's step.
import { expect, test, type Page } from '@playwright/test';
import { englishEdition, translatedEditions } from './support/editions.ts';
import { activeGraphic, openAtStep, reachStep } from './support/story.ts';
import { collectErrors } from './support/errors.ts';

/** What the page handed to the share sheet and the clipboard, recorded in place of the system's own. */
async function recordSharing(page: Page, { sheet, clipboard = true }: { sheet: boolean; clipboard?: boolean }) {
  await page.addInitScript(
    ([withSheet, withClipboard]) => {
      const record = (key: string, value: unknown) => sessionStorage.setItem(key, JSON.stringify(value));
      Object.defineProperty(navigator, 'share', { value: withSheet ? async (data: ShareData) => record('shared', data) : undefined });
      // A clipboard the page may not write to rejects, as in a host's frame that does not allow it.
      const writeText = async (text: string) => {
        if (!withClipboard) throw new DOMException('Write permission denied.', 'NotAllowedError');
        record('copied', text);
      };
      Object.defineProperty(navigator, 'clipboard', { value: { writeText } });
    },
    [sheet, clipboard],
  );
}
const recorded = (page: Page, key: 'shared' | 'copied') =>
  page.evaluate((k) => JSON.parse(sessionStorage.getItem(k) ?? 'null') as unknown, key);

const panel = (page: Page) => page.locator('[data-graphic-panel]');

test('with a share sheet, “Share this step” shares the step page of the step the reader is on', async ({ page, baseURL }) => {
  await recordSharing(page, { sheet: true });
  await openAtStep(page, 'lazada');
  await panel(page).getByRole('button', { name: 'Share this step' }).click();
  await expect.poll(() => recorded(page, 'shared')).toEqual({ title: expect.any(String), url: `${baseURL}steps/lazada/` });
  expect(await recorded(page, 'copied')).toBeNull();
});

test(
  'without one, it copies the address and says so; the image links follow the step',
  { tag: '@phone' },
  async ({ page, baseURL, isMobile }) => {
    await recordSharing(page, { sheet: false });
    const edition = translatedEditions[0]!;
    await openAtStep(page, 'volume-2015', edition.base);
    await panel(page)
      .getByRole('button', { name: edition.t('takeOut.step') })
      .click();
    await expect(panel(page).getByRole('status')).toHaveText(edition.t('takeOut.copied'));
    expect(await recorded(page, 'copied')).toBe(`${baseURL}${edition.base.replace(/^\.\//, '')}steps/volume-2015/`);

    const png = panel(page).getByRole('link', { name: edition.t('takeOut.png') });
    // A phone's half-screen panel offers sharing only; the step page has the images.
    if (isMobile) return expect(png).toBeHidden();
    await expect(png).toHaveAttribute('href', 'steps/volume-2015/graphic.png');
    await reachStep(page, 'forecast-2016');
    await expect(png).toHaveAttribute('href', 'steps/forecast-2016/graphic.png');
    await expect(panel(page).getByRole('link', { name: edition.t('takeOut.svg') })).toHaveAttribute(
      'href',
      'steps/forecast-2016/graphic.svg',
    );
    // Another step, another address: the last one's "copied" is not said of this one.
    await expect(panel(page).getByRole('status')).toHaveText('');
  },
);

test('where neither a share sheet nor the clipboard may be used, the step’s page opens in a new tab', async ({
  page,
  context,
  baseURL,
}) => {
  const errors = collectErrors(page);
  await recordSharing(page, { sheet: false, clipboard: false });
  await openAtStep(page, 'china-post');
  const opened = context.waitForEvent('page');
  await panel(page).getByRole('button', { name: 'Share this step' }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(`${baseURL}steps/china-post/`);
  await expect(panel(page).getByRole('status')).toHaveText('');
  expect(errors).toEqual([]);
});

test.describe('on the narrowest phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const edition of [englishEdition, ...translatedEditions]) {
    test(`${edition.edition.name}: “Share this step” stands clear of “Show the numbers”, on the same line`, async ({ page }) => {
      await openAtStep(page, 'volume-2015', edition.base);
      const share = (await panel(page)
        .getByRole('button', { name: edition.t('takeOut.step') })
        .boundingBox())!;
      const numbers = (await activeGraphic(page).getByText(edition.t('showTable')).boundingBox())!;
      expect(share.x - (numbers.x + numbers.width)).toBeGreaterThanOrEqual(8);
      expect(Math.abs(numbers.y + numbers.height - (share.y + share.height))).toBeLessThan(numbers.height);
      expect(share.x + share.width).toBeLessThanOrEqual(320);
    });
  }
});
