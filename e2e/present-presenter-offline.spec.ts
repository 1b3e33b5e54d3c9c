// The presenter view from the offline file, opened from file:// as from a USB stick: both windows keep in step.
import { expect, test } from '@playwright/test';
import { stepIds } from './support/story.ts';
import { openPresentation, slideLabel } from './support/present.ts';
import { offlineFileOnUsbStick } from './support/usb-stick.ts';

test.skip(({ isMobile }) => isMobile, 'the presenter view is for a desktop screen beside the projector');
test.use({ offline: true });

const offlineFile = offlineFileOnUsbStick();

test('from offline.html on file://, S opens the presenter view and the two windows move together both ways', async ({ page, context }) => {
  const count = stepIds.length;
  await openPresentation(page, `${offlineFile()}?mode=present#${stepIds[1]}`);
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await opened;
  await expect(presenter).toHaveURL(/^file:.*\?mode=present&view=presenter&pair=[\w-]+#/);
  const label = presenter.locator('[data-presenter-label]');
  await expect(label).toHaveText(`Step 2 of ${count}`);
  // Yu Ping's step rests on his sentence and on the one reporting the move (s2, s1).
  await expect(presenter.locator('[data-presenter-notes] blockquote')).toHaveCount(2);

  await page.keyboard.press('ArrowRight');
  await expect(label).toHaveText(`Step 3 of ${count}`);
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(slideLabel(page)).toHaveText(`Step 4 of ${count}`);
});
