// Blackout in presentation: B or . blacks the projected screen out and brings it back, told to screen readers.
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { announcer, openSlides, slideLabel } from './support/present.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

test('“b” blacks the screen out over everything, and again brings the same slide back', async ({ page }) => {
  const errors = collectErrors(page);
  await openSlides(page, stepIds[2]);
  const black = page.locator('[data-blackout]');
  await expect(black).toHaveCount(0);

  await page.keyboard.press('b');
  await expect(black).toBeVisible();
  // It covers the whole screen, the presentation bar included: what is on top at the corners is the black,
  // and what the screen shows there is black.
  const corners = await page.evaluate(() =>
    [
      [1, 1],
      [window.innerWidth - 2, window.innerHeight - 2],
      [window.innerWidth / 2, window.innerHeight / 2],
    ].map(([x, y]) => ({ x: x!, y: y!, top: document.elementFromPoint(x!, y!)?.hasAttribute('data-blackout') })),
  );
  expect(corners.map((corner) => corner.top)).toEqual([true, true, true]);
  for (const { x, y } of corners) {
    const png = PNG.sync.read(
      await page.screenshot({ clip: { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 }, animations: 'disabled' }),
    );
    expect([...png.data.subarray(0, 3)], `${x},${y}`).toEqual([0, 0, 0]);
  }
  await expect(announcer(page)).toHaveText('Screen blacked out');

  await page.keyboard.press('b');
  await expect(black).toHaveCount(0);
  await expect(announcer(page)).toHaveText('Screen back');
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${stepIds.length}`);
  expect(errors).toEqual([]);
});

test('“B” and “.” black the screen out and bring it back too', async ({ page }) => {
  await openSlides(page, stepIds[2]);
  const black = page.locator('[data-blackout]');
  for (const key of ['B', '.']) {
    await page.keyboard.press(key);
    await expect(black, key).toBeVisible();
    await page.keyboard.press(key);
    await expect(black, key).toHaveCount(0);
  }
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${stepIds.length}`);
});

test('a slide change after a blackout is announced as a slide again', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(announcer(page)).toHaveText('Screen back');
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(/^Step 1 of \d+: /);
});
