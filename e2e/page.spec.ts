// The page as a whole: graphics' text alternatives, accessibility, and what it requests.
import { expect, test } from '@playwright/test';
import { activeGraphic, openAtStep, openStory, reachStep, readToTheEnd, scrollToStep } from './support/story.ts';
import { englishEdition } from './support/editions.ts';
import { axeViolations } from './support/axe.ts';
import { collectErrors } from './support/errors.ts';

test('every graphic is a figure with a caption, a named SVG image and a table of its numbers', async ({ page }) => {
  await openStory(page);
  const figures = page.locator('figure[data-graphic]');
  await expect(figures).toHaveCount(4);
  for (const figure of await figures.all()) {
    await expect(figure.locator('figcaption')).not.toBeEmpty();
    const svg = figure.locator('svg[role="img"]').first();
    await expect(svg).toHaveAttribute('aria-labelledby', /.+/);
    expect(await svg.evaluate((el) => (el.querySelector('title')?.textContent ?? '').length)).toBeGreaterThan(3);
    expect(await figure.locator('table').count()).toBeGreaterThan(0);
  }
});

test('the yuan / US dollar switch shows the report’s dollar figures and no invented 2014 one', async ({ page }) => {
  await openAtStep(page, 'forecast-2016');
  const figure = activeGraphic(page);
  await expect(figure.locator('svg')).toContainText('6.5tn yuan');
  await figure.locator('label', { hasText: 'US dollars' }).click();
  await expect(figure.getByRole('radio', { name: 'US dollars' })).toBeChecked();
  await expect(figure.locator('svg')).toContainText('US$935bn');
  await expect(figure.locator('svg')).toContainText('US$770bn');
  await expect(figure.locator('svg')).not.toContainText('5.4 tn');
});

test('the header dates the page itself and gives the report’s dateline as its source’s', async ({ page }) => {
  await openStory(page);
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(header.getByText('Published')).toBeVisible();
  await expect(header.locator('time[datetime="2026-12-02"]')).toHaveText('2 December 2026');
  await expect(header.getByText(/^Source:/).locator('..')).toContainText('Xinhua, Beijing, 27 December 2016');
});

test('the timeline draws the Moscow move apart, with no month, and says when it was reported', async ({ page }) => {
  await openAtStep(page, 'thailand-commerce');
  const moscow = activeGraphic(page).locator('[data-event="moscow-office"]');
  await expect(moscow).toHaveAttribute('data-dated', 'false');
  await expect(moscow).toContainText('reported 27 Dec as recent');
  await activeGraphic(page).getByText('Show the numbers').click();
  await expect(activeGraphic(page).getByRole('row', { name: /Moscow/ })).toContainText('month not given');
});

test('quotes are marked as Xinhua’s reporting, and the sources say what the report does not tell us', async ({ page }) => {
  await openAtStep(page, 'yu-ping');
  await expect(page.locator('[data-step-id="yu-ping"]').getByText('As reported by Xinhua:')).toBeVisible();
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'What the report does not tell us' })).toBeVisible();
});

test('under reduced motion the graphics change without transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const durations = await page
    .locator('figure[data-graphic]')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
  expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) === 0))).toBe(true);
  await reachStep(page, 'lazada');
});

test('with motion allowed, the graphics do transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openStory(page);
  const duration = await page.locator('figure[data-graphic="map"]').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(duration).toBeGreaterThan(0);
});

test('reading the whole story logs no console error and asks no other origin', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  await openStory(page);
  await readToTheEnd(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('nothing is wider than the screen: the page never scrolls sideways', { tag: '@phone' }, async ({ page }) => {
  await openStory(page);
  // Phones widen the layout viewport to fit what overflows, so compare each element with the screen's
  // width. What a box clips (a table that scrolls in its own box, marks inside an <svg>) cannot widen
  // the page; the box itself is checked.
  const wide = await page.evaluate(() => {
    const screenWidth = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box instanceof SVGElement || getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > screenWidth + 0.5 && !clipped(element))
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"`);
  });
  expect(wide).toEqual([]);
});

test('the data downloads are served as CSV and JSON', async ({ page, request }) => {
  await openStory(page);
  const csvHref = await page.getByRole('link', { name: 'Figures as CSV' }).getAttribute('href');
  const jsonHref = await page.getByRole('link', { name: 'Figures as JSON' }).getAttribute('href');
  const csv = await request.get(new URL(csvHref!, page.url()).href);
  expect(csv.ok()).toBe(true);
  expect(await csv.text()).toContain('volume-2014-cny,');
  const json = await request.get(new URL(jsonHref!, page.url()).href);
  expect((await json.json()).figures.length).toBeGreaterThan(5);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test(
      'axe finds no accessibility violations at the top, mid-story and at the sources',
      { tag: '@phone' },
      async ({ page, isMobile }) => {
        // The dark theme's colours are the same at every size: scanned once, on the phone, for what a theme
        // changes (contrast). The sources section is the same markup at every size: scanned on the desktop.
        // The whole page is scanned at the top; further down, what the scroll changed: the current step and
        // its graphic, or the sources in view.
        test.skip(colorScheme === 'dark' && !isMobile, 'dark mode is scanned at phone size');
        const rules = colorScheme === 'dark' ? ['color-contrast'] : undefined;
        await openStory(page);
        const violations = await axeViolations(page, 'top', { rules });
        await scrollToStep(page, 'volume-2015');
        const within = '[aria-current="step"], figure[data-active="true"]';
        violations.push(...(await axeViolations(page, 'mid-story', { rules, within })));
        if (!isMobile || colorScheme === 'dark') {
          await page.locator('#sources').scrollIntoViewIfNeeded();
          violations.push(...(await axeViolations(page, 'sources', { rules, within: '#sources' })));
        }
        expect(violations).toEqual([]);
      },
    );
  });
}

test('keyboard users reach the skip link first and never land on a hidden control', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is a desktop concern');
  await openStory(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return true;
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    });
    expect(visible).toBe(true);
  }
});

test('from a deep link, Tab goes from the step through its receipts to its graphic’s controls, as the reading does', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'keyboard navigation is a desktop concern');
  await openAtStep(page, 'volume-2015');
  // The address's step is where a keyboard starts from, as a browser sets it on opening at a fragment.
  await page.locator('[data-step-id="volume-2015"]').evaluate((step) => {
    step.setAttribute('tabindex', '-1');
    step.focus();
    step.removeAttribute('tabindex');
  });
  // The step's receipts come first: its text's own links, read with it.
  for (const mark of await page.locator('[data-step-id="volume-2015"] a[data-receipt]').all()) {
    await page.keyboard.press('Tab');
    await expect(mark).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(activeGraphic(page).getByRole('radio', { name: 'Yuan' })).toBeFocused();
});

test('copying across two steps copies what the reader sees, not the text for screen readers', async ({ page }) => {
  await openStory(page, './#moscow');
  const first = page.locator('[data-step-id="moscow"] [data-step-text]').first();
  const last = page.locator('[data-step-id="yu-ping"] [data-step-text]').last();
  await expect(last).toBeAttached();
  const copied = await page.evaluate(
    ([from, to]) => {
      const range = document.createRange();
      range.setStartBefore(from!);
      range.setEndAfter(to!);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [await first.elementHandle(), await last.elementHandle()],
  );
  expect(copied).toContain(await first.innerText());
  expect(copied).toContain(await last.innerText());
  expect(copied).not.toContain(`${englishEdition.t('graphicLabel')}:`);
});
