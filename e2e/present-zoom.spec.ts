// Presentation zoomed in (WCAG 1.4.4 and 1.4.10): at 200 and 400 percent of a 1280×1024 screen, and on a
// landscape phone, every slide's text can be reached, by scrolling its own box, from its first line.
import { expect, test, type Page } from '@playwright/test';
import { expectCurrent, stepIds } from './support/story.ts';
import { openPresentation } from './support/present.ts';
import { axeViolations } from './support/axe.ts';

/** `axe`: check with axe's rule too, at the smallest size, where the most boxes scroll (on the first that does: the check above it is the same for every slide). */
const zoomed = [
  { name: '200 percent', width: 640, height: 512, axe: false },
  { name: '400 percent', width: 320, height: 256, axe: true },
  { name: 'a landscape phone', width: 568, height: 320, axe: false },
];

/** The current slide's scrolling box: the step's text, or the title slide. */
const textBox = (page: Page) => page.locator('[data-slide="step"] [aria-current="step"], [data-slide="title"]');

/** How far above the top of its box the slide's first line starts (0 when it can be read from the top). */
const hiddenAbove = (page: Page) =>
  textBox(page).evaluate((box) => {
    const top = box.getBoundingClientRect().top + box.clientTop;
    const lines = [...box.querySelectorAll('h1, h2, p, figure')].map((el) => el.getBoundingClientRect().top);
    return Math.max(0, top - Math.min(...lines));
  });

test.describe('presentation zoomed in', () => {
  test.skip(({ isMobile }) => isMobile, 'zoom is set by the sizes below');
  // Where the text sits is the subject here, not how slides move: without the fades, each is measured at once.
  test.use({ reducedMotion: 'reduce' });

  for (const size of zoomed) {
    test(`at ${size.name} (${size.width}×${size.height}) every slide’s text starts inside its box, which the keyboard can reach`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize(size);
      await openPresentation(page, './?mode=present');
      const out: string[] = [];
      let scanned = !size.axe;
      for (const slide of ['title', ...stepIds]) {
        if (slide !== 'title') {
          await page.keyboard.press('ArrowRight');
          await expectCurrent(page, slide);
        }
        await expect(textBox(page)).toBeVisible();
        const above = await hiddenAbove(page);
        if (above > 1) out.push(`${slide}: its text starts ${Math.round(above)} px above its box`);
        // A box that scrolls must take the keyboard's focus, or a keyboard cannot scroll it (axe's rule, once).
        const unreachable = await textBox(page).evaluate((box) => box.scrollHeight > box.clientHeight && box.tabIndex < 0);
        if (unreachable) out.push(`${slide}: its text scrolls but cannot take focus`);
        if (!scanned && (await textBox(page).evaluate((box) => box.scrollHeight > box.clientHeight))) {
          scanned = true;
          out.push(...(await axeViolations(page, slide, { rules: ['scrollable-region-focusable'], within: '[data-present]' })));
        }
      }
      expect(out).toEqual([]);
      expect(scanned, 'a slide’s text scrolls at this size, for axe to check').toBe(true);
    });
  }

  test('on a landscape phone the next slide opens at its first line, not where the last one was scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 568, height: 320 });
    await page.goto(`./?mode=present#${stepIds[0]}`);
    await expectCurrent(page, stepIds[0]!);
    for (const id of stepIds.slice(1, 6)) {
      const scrolled = await textBox(page).evaluate((box) => {
        box.scrollTop = box.scrollHeight;
        return box.scrollTop;
      });
      expect(scrolled, 'the slide’s text is longer than its box').toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
      await expectCurrent(page, id);
      await expect.poll(() => textBox(page).evaluate((box) => box.scrollTop)).toBe(0);
    }
  });

  test('with the slide’s text focused, ↓ and ↑ scroll it, and step on only at its end', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`./?mode=present#${stepIds[1]}`);
    await expectCurrent(page, stepIds[1]!);
    await textBox(page).focus();
    await expect(textBox(page)).toBeFocused();
    const scrollTop = () => textBox(page).evaluate((box) => box.scrollTop);
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrollTop).toBeGreaterThan(0);
    await expectCurrent(page, stepIds[1]!);
    await textBox(page).evaluate((box) => (box.scrollTop = box.scrollHeight));
    await page.keyboard.press('ArrowDown');
    await expectCurrent(page, stepIds[2]!);
    // PageDown and → always step, as a clicker expects.
    await page.keyboard.press('PageDown');
    await expectCurrent(page, stepIds[3]!);
  });
});
