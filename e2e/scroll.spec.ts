// The scroll engine as a reader meets it: step by step, jumps, deep links, reloads, and back up.
import { expect, test } from '@playwright/test';
import { expectCurrent, openAtStep, openStory, reachStep, scrollSettled, stepIds } from './support/story.ts';

test('scrolling down in small increments makes each step current in order, with its address', { tag: '@phone' }, async ({ page }) => {
  await openStory(page);
  const seen: string[] = [];
  for (let i = 0; i < 400; i++) {
    // One round trip a move: scroll a third of the screen, let two frames pass, read the current step and the address.
    const { atBottom, id, hash } = await page.evaluate(async () => {
      window.scrollBy(0, Math.round(window.innerHeight / 3));
      const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return {
        atBottom: bottom,
        id: document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id') ?? null,
        hash: window.location.hash,
      };
    });
    if (id && seen.at(-1) !== `${id} ${hash}`) seen.push(`${id} ${hash}`);
    if (atBottom) break;
  }
  // At the bottom, past the story, the address names no step.
  expect(seen.filter((s) => !s.endsWith(' '))).toEqual(stepIds.map((id) => `${id} #${id}`));
});

test('a deep link opens at its step with the graphic in that step’s state', { tag: '@phone' }, async ({ page }) => {
  await openAtStep(page, 'forecast-2016');
  await expect(page.locator('figure[data-graphic="volume"] [data-year="2016"]').first()).toHaveAttribute('data-highlighted', 'true');
  await expect(page).toHaveURL(/#forecast-2016$/);
});

test('a reload mid-story comes back to the same step', { tag: '@phone' }, async ({ page }) => {
  await openStory(page);
  await reachStep(page, 'china-post');
  await page.reload();
  await expectCurrent(page, 'china-post');
});

test('a fast jump to the end with the End key makes the last step current', async ({ page, isMobile }) => {
  test.skip(isMobile, 'phones have no End key');
  await openStory(page);
  await page.keyboard.press('End');
  const last = stepIds.at(-1)!;
  await expectCurrent(page, last);
  // The end of the page is the sources, past the story: the address names no step there.
  await expect(page).not.toHaveURL(/#/);
});

test('the site’s own links to the sources keep their address and survive a reload', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the sources link is checked once, at desktop size');
  await openStory(page);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/#sources$/);
  await scrollSettled(page);
  await expect(page).toHaveURL(/#sources$/);
  await page.reload();
  await expect(page.locator('#sources')).toBeInViewport();
});

test('a fling to the end and back to the top leaves the right step and hash each time', { tag: '@phone' }, async ({ page }) => {
  await openStory(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expectCurrent(page, stepIds.at(-1)!);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectCurrent(page, stepIds[0]!);
  await expect(page).not.toHaveURL(/#/);
});

test('the hash is replaced, not pushed: Back leaves the story instead of stepping through it', async ({ page }) => {
  await page.goto('about:blank');
  await openStory(page);
  await reachStep(page, 'lazada');
  await reachStep(page, 'china-post');
  expect(await page.evaluate(() => history.length)).toBe(2);
});
