// Blackout in presentation: B or . blacks the projected screen out and brings it back, told to screen readers.
import { expect, test } from '@playwright/test';
import { stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { announcer, openSlides, slideLabel } from './support/present.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

for (const key of ['b', 'B', '.']) {
  test(`“${key}” blacks the screen out over everything, and again brings the same slide back`, async ({ page }) => {
    const errors = collectErrors(page);
    await openSlides(page, stepIds[2]);
    const black = page.locator('[data-blackout]');
    await expect(black).toHaveCount(0);

    await page.keyboard.press(key);
    await expect(black).toBeVisible();
    expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    // It covers the whole screen, the presentation bar included: what is on top at the corners is the black.
    const topmost = await page.evaluate(() =>
      [
        [1, 1],
        [window.innerWidth - 2, window.innerHeight - 2],
        [window.innerWidth / 2, window.innerHeight / 2],
      ].map(([x, y]) => document.elementFromPoint(x!, y!)?.hasAttribute('data-blackout')),
    );
    expect(topmost).toEqual([true, true, true]);
    await expect(announcer(page)).toHaveText('Screen blacked out');

    await page.keyboard.press(key);
    await expect(black).toHaveCount(0);
    await expect(announcer(page)).toHaveText('Screen back');
    await expect(slideLabel(page)).toHaveText(`Step 3 of ${stepIds.length}`);
    expect(errors).toEqual([]);
  });
}

test('a slide change after a blackout is announced as a slide again', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(announcer(page)).toHaveText('Screen back');
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(/^Step 1 of \d+: /);
});
