// "?" in presentation: a dialog listing the keys, closed by Escape, accessible.
import { expect, test } from '@playwright/test';
import { stepIds } from './support/story.ts';
import { openSlides, slideLabel } from './support/present.ts';
import { axeViolations } from './support/axe.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

test('“?” lists every presentation key with what it does, and Escape closes the list', async ({ page }) => {
  await openSlides(page, stepIds[1]);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('row');
  for (const [key, does] of [
    ['Right or Down arrow, PageDown, Space', 'next step'],
    ['Left or Up arrow, PageUp', 'previous step'],
    ['F', 'full screen'],
    ['S', 'presenter view'],
    ['B .', 'black screen'],
    ['a number, then Enter', 'go to that step'],
    ['O', 'overview of every step'],
    ['?', 'the list of keys'],
  ] as const) {
    await expect(rows.filter({ has: page.getByRole('rowheader', { name: key, exact: true }) })).toContainText(does);
  }
  // While the list is open, the keys are the dialog's: the slides stay where they are.
  await page.keyboard.press('ArrowRight');
  await expect(slideLabel(page)).toHaveText(`Step 2 of ${stepIds.length}`);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${stepIds.length}`);
});

test('“?” again, or the Close button, closes the list too', async ({ page }) => {
  await openSlides(page);
  const dialog = page.getByRole('dialog', { name: 'Presentation keys' });
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('?');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the list of keys passes an accessibility scan', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presentation keys' })).toBeVisible();
  expect(await axeViolations(page, 'the keys', { within: 'dialog' })).toEqual([]);
});
