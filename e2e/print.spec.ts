// Printing the reader page: a classroom handout with each step's graphic beside its text, on at most 12 A4
// pages, in every edition, whether or not any script has run.
import { expect, test, type Page } from '@playwright/test';
import {
  englishEdition,
  englishMessages,
  englishPhrases,
  saying,
  translatedEditions,
  untranslatedWords,
  whatThePageSays,
} from './support/editions.ts';
import { collectErrors } from './support/errors.ts';
import { printToPdf, watchGraphicFiles } from './support/print.ts';
import { openStory, stepLocator } from './support/story.ts';

// Once, at desktop size: the handout does not depend on the window, and PDF export needs desktop Chromium.
test.skip(({ isMobile }) => isMobile, 'printing is checked in the desktop project');

const editions = [englishEdition, ...translatedEditions];
const { story } = englishEdition;

/** What the page must never print: site chrome, the sticky panel, and every control. */
const screenOnly = [
  '[data-site-chrome]',
  '[data-graphic-panel]',
  '[data-step-buttons]',
  'dialog',
  'summary',
  'input[type="radio"]',
  'button',
];

async function expectNoScreenFurniture(page: Page) {
  for (const selector of screenOnly) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
}

test('printed, each step shows its text with its graphic beside it, and no screen furniture; on screen, no graphic file is fetched', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const fetched = watchGraphicFiles(page);
  await openStory(page);
  await expect(page.locator('[data-print-graphic]').first()).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  for (const step of story.steps) {
    const element = stepLocator(page, step.id);
    for (const paragraph of step.paragraphs) await expect(element.getByText(paragraph.text, { exact: true })).toBeVisible();
    expect(await element.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    const figure = element.locator('figure[data-print-graphic]');
    await expect(figure.getByText(story.graphics[story.graphicStates[step.state]!.graphic].title)).toBeVisible();
    const image = figure.locator('img');
    await expect(image).toHaveAttribute('src', `graphics/${step.id}.svg`);
    // Drawn in a 4:3 box, the shape the file was laid out for (src/graphics/graphic-file.ts).
    const drawing = (await image.boundingBox())!;
    expect(drawing.width / drawing.height).toBeCloseTo(4 / 3, 1);
    // Beside: the graphic starts right of the text, and the two share the same band of the page.
    const text = (await element.locator(':scope > div').first().boundingBox())!;
    const graphic = (await figure.boundingBox())!;
    expect(graphic.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(graphic.y).toBeLessThan(text.y + text.height);
  }
  await expect(page.locator('#sources')).toBeVisible();
  await expectNoScreenFurniture(page);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-graphic-panel]')).toBeVisible();
  await expect(page.locator('[data-print-graphic]').first()).toBeHidden();
  expect(errors).toEqual([]);
  // The emulated print fetched the files near the viewport; a reader's visit alone fetched none.
  fetched.clear();
  await openStory(page);
  expect([...fetched]).toEqual([]);
});

test('the “Print handout” button opens the browser’s print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => void (document.documentElement.dataset.printed = '');
  });
  await openStory(page);
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed');
});

for (const translation of editions) {
  const { edition, base, story: told } = translation;
  test(`${edition.name}: printed from a fresh page, with scripts on and nothing touched, the PDF has every step’s graphic`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const fetched = watchGraphicFiles(page);
    await page.goto(base);
    await expect(page.locator('html[data-live]')).toBeAttached();
    const { pages, graphics } = await printToPdf(page, fetched);
    expect(graphics.sort()).toEqual(told.steps.map((s) => s.id).sort());
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(12);
    expect(errors).toEqual([]);
  });

  test.describe(`${edition.name}, with JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });

    test('the PDF has every step’s text and graphic, and the sources', async ({ page }) => {
      const fetched = watchGraphicFiles(page);
      await page.goto(base);
      const { pages, graphics } = await printToPdf(page, fetched);
      expect(graphics.sort()).toEqual(told.steps.map((s) => s.id).sort());
      expect(pages).toBeLessThanOrEqual(12);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(told.meta.headline);
      for (const step of told.steps) {
        const element = stepLocator(page, step.id);
        await expect(element.getByText(step.paragraphs[0]!.text, { exact: true })).toBeVisible();
        const { graphic } = told.graphicStates[step.state]!;
        await expect(element.locator('figure[data-print-graphic]').getByText(told.graphics[graphic].title, { exact: true })).toBeVisible();
      }
      await expect(page.locator('#sources')).toBeVisible();
      await expectNoScreenFurniture(page);
      if (translation !== englishEdition) {
        // What only the handout says (its graphics' captions) is in the edition's words too.
        const printed = await whatThePageSays(page, { within: '[data-print-graphic]' });
        expect.soft(saying(printed, englishPhrases(englishMessages)), 'English interface strings').toEqual([]);
        expect.soft(untranslatedWords(printed, translation), 'words in English').toEqual([]);
      }
    });
  });

  const graphicOf = (step: (typeof told.steps)[number]) => told.graphicStates[step.state]!.graphic;
  // The English checks every step's file; a translation, the first step of each graphic (the same drawings in other words).
  const drawn =
    translation === englishEdition
      ? told.steps
      : told.steps.filter((step, i, steps) => steps.findIndex((s) => graphicOf(s) === graphicOf(step)) === i);
  test(`${edition.name}: ${translation === englishEdition ? 'each step’s' : 'each graphic’s'} file draws that step’s state, in the edition’s language`, async ({
    page,
  }) => {
    for (const step of drawn) {
      const state = told.graphicStates[step.state]!;
      await page.goto(`${base}graphics/${step.id}.svg`);
      const svg = page.locator('svg[role="img"]');
      await expect(page.locator('svg[role="img"] > title')).toHaveText(told.graphics[state.graphic].title);
      await expect(page.locator('svg[role="img"] > desc')).toHaveText(state.description);
      if (state.graphic === 'timeline' && state.event) {
        await expect(svg.locator(`[data-event="${state.event}"]`)).toHaveAttribute('data-highlighted', 'true');
      }
      if (state.graphic === 'map') {
        for (const place of state.highlight)
          await expect(svg.locator(`[data-place="${place}"][data-highlighted="true"]`).first()).toBeAttached();
      }
      if (state.graphic === 'volume') {
        // Bars a later step adds are drawn too, flat (scaled to nothing), so that they can grow on screen.
        for (const bar of await svg.locator('rect[data-year]').all()) {
          const year = Number(await bar.getAttribute('data-year'));
          if (state.years.includes(year)) await expect(bar).toBeVisible();
          else await expect(bar).toBeHidden();
        }
        await expect(svg.locator(`rect[data-year="${state.highlight}"]`)).toHaveAttribute('data-highlighted', 'true');
      }
    }
  });
}
