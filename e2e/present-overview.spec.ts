// "O" in presentation: every step at once, with its kicker and a thumbnail of its graphic; choosing one goes there.
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { expectThumbnail, openSlides, slideLabel } from './support/present.ts';
import { axeViolations } from './support/axe.ts';

test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

const count = stepIds.length;
const overview = (page: Page) => page.getByRole('dialog', { name: 'Every step' });

test('“O” shows every step with its kicker and a thumbnail of its graphic, the current one focused', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openSlides(page, stepIds[3]);
  await page.keyboard.press('o');
  const dialog = overview(page);
  await expect(dialog).toBeVisible();
  const choices = dialog.getByRole('button', { name: /^Step \d+ of/ });
  await expect(choices).toHaveCount(count);
  for (const [index, step] of raw.steps.entries()) {
    const choice = choices.nth(index);
    await expect(choice).toContainText(`Step ${index + 1} of ${count}`);
    await expect(choice).toContainText(step.kicker);
    await expectThumbnail(page, step.id, choice);
  }
  await expect(choices.nth(3)).toBeFocused();
  await expect(choices.nth(3)).toHaveAttribute('aria-current', 'step');
  await page.screenshot({ path: test.info().outputPath('overview-1024x768.png') });
  expect(errors).toEqual([]);
});

test('the arrow keys move through the grid and Enter goes to the chosen step', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('O');
  const choices = overview(page).getByRole('button', { name: /^Step \d+ of/ });
  await expect(choices.first()).toBeVisible();
  await page.keyboard.press('Home');
  await expect(choices.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(choices.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const columns = await choices.evaluateAll(
    (els) => els.filter((el) => el.getBoundingClientRect().top === els[0]!.getBoundingClientRect().top).length,
  );
  await expect(choices.nth(2 + columns)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview(page)).toBeHidden();
  await expect(slideLabel(page)).toHaveText(`Step ${3 + columns} of ${count}`);
});

test('clicking a step goes there; “O” and Escape close the overview where it was', async ({ page }) => {
  await openSlides(page, stepIds[1]);
  await page.keyboard.press('o');
  await overview(page)
    .getByRole('button', { name: `Step ${count} of ${count}` })
    .click();
  await expect(overview(page)).toBeHidden();
  await expect(slideLabel(page)).toHaveText(`Step ${count} of ${count}`);
  for (const key of ['o', 'Escape']) {
    await page.keyboard.press('o');
    await expect(overview(page)).toBeVisible();
    await page.keyboard.press(key);
    await expect(overview(page)).toBeHidden();
    await expect(slideLabel(page)).toHaveText(`Step ${count} of ${count}`);
  }
});

test('the overview passes an accessibility scan', async ({ page }) => {
  await openSlides(page);
  await page.keyboard.press('o');
  for (const id of stepIds) await expectThumbnail(page, id, overview(page));
  expect(await axeViolations(page, 'the overview', { within: 'dialog' })).toEqual([]);
});
