// "A number, then Enter" in presentation: straight to that step, with the digits shown while they are typed.
import { expect, test, type Page } from '@playwright/test';
import { currentStep, stepIds } from './support/story.ts';
import { announcer, openSlides, slideLabel } from './support/present.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

const count = stepIds.length;
const hint = (page: Page) => page.locator('[data-step-number]');

test('typing 1, 2 then Enter goes to step 12, showing the digits until Enter', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('1');
  await expect(hint(page)).toHaveText('Go to step 1');
  await page.keyboard.press('2');
  await expect(hint(page)).toHaveText('Go to step 12');
  await page.keyboard.press('Enter');
  await expect(hint(page)).toHaveCount(0);
  await expect(slideLabel(page)).toHaveText(`Step 12 of ${count}`);
  await expect(currentStep(page)).toHaveAttribute('data-step-id', stepIds[11]!);
  await expect(page).toHaveURL(new RegExp(`#${stepIds[11]}$`));
  await expect(announcer(page)).toHaveText(new RegExp(`^Step 12 of ${count}: `));
});

test('0 then Enter goes to the title slide', async ({ page }) => {
  await openSlides(page, stepIds[4]);
  await page.keyboard.press('0');
  await page.keyboard.press('Enter');
  await expect(slideLabel(page)).toHaveText('Title');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the last step’s number goes to the last step', async ({ page }) => {
  await openSlides(page);
  for (const digit of String(count)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(slideLabel(page)).toHaveText(`Step ${count} of ${count}`);
});

test('a number beyond the last step is ignored, and the digits are dropped', async ({ page }) => {
  await openSlides(page, stepIds[2]);
  for (const digit of String(count + 1)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(hint(page)).toHaveCount(0);
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${count}`);
  // A later number starts afresh.
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(slideLabel(page)).toHaveText(`Step 2 of ${count}`);
});

test('Escape drops the digits typed, and Enter alone does not move', async ({ page }) => {
  await openSlides(page, stepIds[2]);
  await page.keyboard.press('5');
  await page.keyboard.press('Escape');
  await expect(hint(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${count}`);
});
