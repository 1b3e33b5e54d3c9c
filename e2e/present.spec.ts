// Presentation mode for teachers: one step a slide at projector sizes, the keys in docs/CONTRACT.md, the
// address following along, the projector theme, the QR code, and touch swipes.
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { activeGraphic, currentStep, expectCurrent, openStory, reachStep, stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { openPresentation, slideLabel } from './support/present.ts';
import { axeViolations } from './support/axe.ts';
import { englishEdition, translatedEditions } from './support/editions.ts';

const projectors = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const count = stepIds.length;

/** What a projector shows of the current slide: overflow, text size, graphic width. */
function measureSlide(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector('[aria-current="step"]');
    const texts = section ? [...section.querySelectorAll('[data-step-text]')] : [];
    const svg = document.querySelector('figure[data-active="true"] svg[role="img"]');
    const nav = document.querySelector('[data-slide-label]')?.closest('nav');
    return {
      pageOverflow: document.scrollingElement!.scrollHeight - window.innerHeight,
      textOverflow: section ? section.scrollHeight - section.clientHeight : 0,
      smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      graphicWidth: svg?.getBoundingClientRect().width ?? 0,
      navBottom: nav?.getBoundingClientRect().bottom ?? Infinity,
      screen: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

test.describe('at projector sizes', () => {
  test.skip(({ isMobile }) => isMobile, 'projectors are desktop screens');
  // What fits is the subject here, not how slides move: without the fades, each slide is measured at once.
  test.use({ reducedMotion: 'reduce' });

  // English at every size; the other editions, whose words are longer or shorter, on the smallest projector.
  const fitted = [
    ...projectors.map((size) => ({ edition: englishEdition, size })),
    ...translatedEditions.map((edition) => ({ edition, size: projectors[0]! })),
  ];
  for (const { edition, size } of fitted) {
    const name = edition === englishEdition ? '' : `${edition.edition.name}: `;
    test(`${name}every slide fits ${size.width}×${size.height} with text of 24 px or more and a graphic a third of the screen wide`, async ({
      page,
    }) => {
      test.slow();
      const errors = collectErrors(page);
      await page.setViewportSize(size);
      await openPresentation(page, `${edition.base}?mode=present`);
      const headline = page.getByRole('heading', { level: 1 });
      await expect(headline).toBeVisible();
      const headlineSize = await headline.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      expect(headlineSize).toBeGreaterThanOrEqual(40);
      expect((await measureSlide(page)).pageOverflow).toBeLessThanOrEqual(0);

      for (const [i, id] of stepIds.entries()) {
        await page.keyboard.press('ArrowRight');
        await expectCurrent(page, id);
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expect(slideLabel(page)).toHaveText(edition.t('present.slide.step', { n: i + 1, total: count }));
        const m = await measureSlide(page);
        expect(m.pageOverflow, `${id}: the page scrolls`).toBeLessThanOrEqual(0);
        expect(m.textOverflow, `${id}: the step's text overflows its box`).toBeLessThanOrEqual(1);
        expect(m.navBottom, `${id}: the controls are off screen`).toBeLessThanOrEqual(size.height);
        expect(m.smallestText, `${id}: text too small`).toBeGreaterThanOrEqual(24);
        expect(m.smallestText, `${id}: text larger than the headline`).toBeLessThan(headlineSize);
        expect(m.graphicWidth, `${id}: graphic too narrow`).toBeGreaterThanOrEqual(size.width / 3);
      }
      expect(errors).toEqual([]);
    });
  }

  test('each key moves as docs/CONTRACT.md says, and the address and the live region follow', async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(projectors[0]!);
    await openPresentation(page, './?mode=present');
    await expect(slideLabel(page)).toHaveText('Title');
    const moves: [string, number][] = [
      ['ArrowRight', 1],
      ['ArrowDown', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowLeft', 3],
      ['ArrowUp', 2],
      ['PageUp', 1],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 0],
      ['ArrowLeft', 0],
    ];
    for (const [key, slide] of moves) {
      await page.keyboard.press(key);
      if (slide === 0) {
        await expect(slideLabel(page)).toHaveText('Title');
        await expect(currentStep(page)).toHaveCount(0);
        await expect.poll(() => page.evaluate(() => window.location.hash), `after ${key}`).toBe('');
        continue;
      }
      const id = stepIds[slide - 1]!;
      await expect(slideLabel(page), `after ${key}`).toHaveText(`Step ${slide} of ${count}`);
      await expect(currentStep(page)).toHaveAttribute('data-step-id', id);
      await expect(page).toHaveURL(new RegExp(`\\?mode=present#${id}$`));
      await expect(page.getByRole('status')).toContainText(`Step ${slide} of ${count}`);
    }
    expect(errors).toEqual([]);
  });

  test('the on-screen buttons step, and stop at either end', async ({ page }) => {
    await openPresentation(page, './?mode=present');
    const previous = page.getByRole('button', { name: 'Previous' });
    const next = page.getByRole('button', { name: 'Next' });
    await expect(previous).toBeDisabled();
    await next.click();
    await next.click();
    await expectCurrent(page, stepIds[1]!);
    await previous.click();
    await expectCurrent(page, stepIds[0]!);
    await page.keyboard.press('End');
    await expect(next).toBeDisabled();
  });

  test('F turns full screen on and off', async ({ page }) => {
    await openPresentation(page, './?mode=present');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('a lesson resumes at the step its address names, after a reload too, and follows an edited hash', async ({ page }) => {
    await openPresentation(page, './?mode=present#volume-2015');
    await expectCurrent(page, 'volume-2015');
    await page.reload();
    await expectCurrent(page, 'volume-2015');
    await page.evaluate(() => {
      window.location.hash = '#lazada';
    });
    await expectCurrent(page, 'lazada');
  });

  test('the reader page opens the presentation at the reader’s step, and Exit goes back there', async ({ page }) => {
    await openStory(page);
    await reachStep(page, 'moscow');
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(/\?mode=present#moscow$/);
    await expectCurrent(page, 'moscow');
    await page.getByRole('link', { name: 'Exit' }).click();
    await expect(page).toHaveURL(/\/#moscow$/);
    await expect(page.locator('[data-present]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
  });

  test('the projector theme is high contrast, draws larger graphic labels, and stays in the address', async ({ page }) => {
    await openPresentation(page, './?mode=present#moscow');
    const label = activeGraphic(page).locator('text', { hasText: 'Moscow' }).first();
    await expect(label).toBeVisible();
    const before = (await label.boundingBox())!.height;
    await page.getByRole('button', { name: 'Projector theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(page).toHaveURL(/theme=projector#moscow$/);
    await expect.poll(async () => (await label.boundingBox())!.height).toBeGreaterThan(before * 1.2);
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-present]')!);
      return { page: style.backgroundColor, ink: style.color };
    });
    expect(colours).toEqual({ page: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the title slide’s QR code opens the story’s own address', async ({ page, baseURL }) => {
    await openPresentation(page, './?mode=present&theme=projector');
    const qr = page.getByRole('img', { name: /^QR code for / });
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(new URL('./', baseURL).href);
    await expect(qr).toHaveAccessibleName(`QR code for ${new URL('./', baseURL).href}`);
  });

  test('slides pass an accessibility scan in both themes', async ({ page }) => {
    for (const path of ['./?mode=present', './?mode=present#volume-2015', './?mode=present&theme=projector#foreign-trade']) {
      await openPresentation(page, path);
      if (path.includes('#')) await expect(activeGraphic(page).locator('svg[role="img"]')).toBeVisible();
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
});

test.describe('on a touch screen', () => {
  test.skip(({ hasTouch }) => !hasTouch, 'swipes need a touch screen');

  /** A one-finger horizontal swipe across the middle of the screen, through the DevTools protocol. */
  async function swipe(page: Page, from: number, to: number) {
    const cdp = await page.context().newCDPSession(page);
    const y = 200;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
    for (let i = 1; i <= 5; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * i) / 5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test('a swipe to the left goes on and a swipe to the right goes back', { tag: '@phone' }, async ({ page }) => {
    await openPresentation(page, './?mode=present#moscow');
    await expectCurrent(page, 'moscow');
    await swipe(page, 300, 60);
    await expectCurrent(page, stepIds[stepIds.indexOf('moscow') + 1]!);
    await swipe(page, 60, 300);
    await expectCurrent(page, 'moscow');
  });
});
