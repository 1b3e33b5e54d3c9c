// Printing the reader page: a classroom handout with each step's graphic beside its text, on at most 12 A4 pages.
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { parseStory } from '#test/support/english.ts';
import { pdfPageCount } from './support/pdf-pages.ts';
import { openStory, stepLocator } from './support/story.ts';

// Once, at desktop size: the handout does not depend on the window, and PDF export needs desktop Chromium.
test.skip(({ isMobile }) => isMobile, 'printing is checked in the desktop project');

type State = { graphic: string; description: string; highlight?: unknown; event?: string | null; years?: number[] };
// The story as the page shows it: its number tokens written out.
const story = parseStory(raw);
const states = story.graphicStates as Record<string, State>;
const printed = story.steps.map((step) => ({ id: step.id, paragraphs: step.paragraphs, state: states[step.state]! }));

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

/** Collects console errors and uncaught exceptions for the end of the test. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the story and starts reading, which loads the deferred graphics and then the handout's code. */
async function openAndRead(page: Page) {
  await openStory(page);
  await page.mouse.wheel(0, 300);
}

/** Emulated print media renders the handout as soon as its code is in: wait for every step's graphic. */
async function emulatePrint(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-graphic]')).toHaveCount(printed.length, { timeout: 15_000 });
}

async function expectNoScreenFurniture(page: Page) {
  for (const selector of screenOnly) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
}

test('printed, each step shows its text with its graphic beside it, in that step’s state, and no screen furniture', async ({ page }) => {
  const errors = watchErrors(page);
  await openAndRead(page);
  await emulatePrint(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const step of printed) {
    const element = stepLocator(page, step.id);
    for (const paragraph of step.paragraphs) await expect(element.getByText(paragraph.text, { exact: true })).toBeVisible();
    expect(await element.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');

    const figure = element.locator('figure[data-print-graphic]');
    await expect(figure).toHaveAttribute('data-graphic', step.state.graphic);
    const svg = figure.locator('svg[role="img"]');
    await expect(svg).toBeVisible();
    await expect(svg.locator('desc')).toHaveText(step.state.description);
    if (step.state.graphic === 'timeline' && step.state.event) {
      await expect(figure.locator(`[data-event="${step.state.event}"]`)).toHaveAttribute('data-highlighted', 'true');
    }
    if (step.state.graphic === 'map') {
      for (const place of step.state.highlight as string[]) {
        await expect(figure.locator(`[data-place="${place}"][data-highlighted="true"]`).first()).toBeAttached();
      }
    }
    if (step.state.graphic === 'volume') {
      // Bars a later step adds are drawn too, flat (scaled to nothing), so that they can grow on screen.
      for (const bar of await figure.locator('rect[data-year]').all()) {
        const year = Number(await bar.getAttribute('data-year'));
        if (step.state.years!.includes(year)) await expect(bar).toBeVisible();
        else await expect(bar).toBeHidden();
      }
      await expect(figure.locator(`rect[data-year="${String(step.state.highlight)}"]`)).toHaveAttribute('data-highlighted', 'true');
    }

    // Drawn in a 4:3 box, the shape it was laid out for (src/story/print/print-graphic.tsx, printSize).
    const drawing = (await svg.boundingBox())!;
    expect(drawing.width / drawing.height).toBeCloseTo(4 / 3, 1);

    // Beside: the graphic starts right of the text, and the two share the same band of the page.
    const text = (await element.locator(':scope > div').first().boundingBox())!;
    const graphic = (await figure.boundingBox())!;
    expect(graphic.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(graphic.y).toBeLessThan(text.y + text.height);
  }
  await expect(page.locator('#sources')).toBeVisible();
  await expect(page.locator('[data-print-handout]').getByRole('table')).toHaveCount(4);
  await expect(page.locator('[data-print-note]')).toBeHidden();
  await expectNoScreenFurniture(page);

  // Back on screen, the printed graphics are gone and the story is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-print-graphic], [data-print-handout]')).toHaveCount(0);
  await expect(page.locator('[data-graphic-panel]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the “Print handout” button loads the handout’s code, then opens the print dialog with every step’s graphic', async ({ page }) => {
  const errors = watchErrors(page);
  // The browser's print dialog, stood in for as Chromium's print does it: `beforeprint`, the page laid out
  // for paper (here: noted), `afterprint`.
  await page.addInitScript(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      document.documentElement.dataset.printedGraphics = String(document.querySelectorAll('[data-print-graphic] svg[role="img"]').length);
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await openStory(page);
  const handoutCode = page.waitForRequest(/\/assets\/print-handout-[^/]*\.js$/);
  await page.getByRole('button', { name: 'Print handout' }).click();
  await handoutCode;
  await expect(page.locator('html')).toHaveAttribute('data-printed-graphics', String(printed.length));
  await expect(page.locator('[data-print-graphic]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('saved as an A4 PDF, the handout has its graphics and takes more than one and at most 12 pages', async ({ page }) => {
  const errors = watchErrors(page);
  await openAndRead(page);
  await emulatePrint(page);
  await page.emulateMedia({ media: null });
  await expect(page.locator('[data-print-graphic]')).toHaveCount(0);
  // page.pdf() fires `beforeprint` and lays the page out when its listeners return: note what they left.
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      document.documentElement.dataset.printedGraphics = String(document.querySelectorAll('[data-print-graphic] svg[role="img"]').length);
    });
  });
  const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
  await expect(page.locator('html')).toHaveAttribute('data-printed-graphics', String(printed.length));
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(12);
  await expect(page.locator('[data-print-graphic]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

/**
 * Prints (page.pdf(), as a menu's print does) until the print has every step's graphic: the handout's code
 * has arrived, and runs a moment later. Needs notePrintedGraphics first.
 */
async function printUntilWhole(page: Page) {
  await expect(async () => {
    await page.pdf({ format: 'A4' });
    expect(await page.locator('html').getAttribute('data-printed-graphics')).toBe(String(printed.length));
  }).toPass();
}

/** Notes, as the page is laid out for paper, how many step graphics it holds (`beforeprint` runs before). */
async function notePrintedGraphics(page: Page) {
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      document.documentElement.dataset.printedGraphics = String(document.querySelectorAll('[data-print-graphic] svg[role="img"]').length);
    });
  });
}

test('a teacher who opens the page and presses Ctrl+P at once prints every step’s graphic, with no scroll or click first', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // The browser's print dialog, stood in for as in the test of the button above; the PDF below is the real print.
  await page.addInitScript(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      document.documentElement.dataset.dialogGraphics = String(document.querySelectorAll('[data-print-graphic] svg[role="img"]').length);
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await openStory(page);
  await page.keyboard.press('ControlOrMeta+P');
  await expect(page.locator('html')).toHaveAttribute('data-dialog-graphics', String(printed.length));

  await notePrintedGraphics(page);
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(12);
  await expect(page.locator('html')).toHaveAttribute('data-printed-graphics', String(printed.length));
  await expect(page.locator('[data-print-graphic]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a teacher who opens the page and, touching nothing, prints from the browser’s menu once it has loaded gets every step’s graphic', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Fetched by the page itself once it has loaded and the network has gone quiet: no move, no key, no pointer.
  const handoutCode = page.waitForResponse(/\/assets\/print-handout-[^/]*\.js$/);
  await openStory(page);
  await page.waitForLoadState('networkidle');
  await handoutCode;
  await notePrintedGraphics(page);
  await printUntilWhole(page);
  expect(errors).toEqual([]);
});

test('the pointer leaving the page, as toward the browser’s menu, gets the handout ready for a print from that menu', async ({ page }) => {
  const errors = watchErrors(page);
  await openStory(page);
  const handoutCode = page.waitForResponse(/\/assets\/print-handout-[^/]*\.js$/);
  await page.mouse.move(400, 300);
  await page.mouse.move(400, -20);
  await handoutCode;
  await notePrintedGraphics(page);
  await printUntilWhole(page);
  expect(errors).toEqual([]);
});

test('printed before the handout’s code has arrived, every step’s text still prints in order, with a note and no furniture', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Hold back the handout's chunk, as on a slow connection; let it go at the end.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/print-handout-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openStory(page);
  await page.emulateMedia({ media: 'print' });

  const texts = page.locator('[data-step-id]');
  await expect(texts).toHaveCount(printed.length);
  expect(await texts.evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')))).toEqual(printed.map((s) => s.id));
  for (const step of printed) {
    const element = stepLocator(page, step.id);
    for (const paragraph of step.paragraphs) await expect(element.getByText(paragraph.text, { exact: true })).toBeVisible();
    await expect(element.getByText(step.state.description)).toBeVisible();
  }
  await expect(page.locator('[data-print-note]')).toBeVisible();
  await expect(page.locator('[data-print-graphic]')).toHaveCount(0);
  await expect(page.locator('#sources').getByRole('table')).toBeVisible();
  await expectNoScreenFurniture(page);
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(12);

  // Once the code is in, printing again gives the whole handout.
  release();
  await emulatePrint(page);
  await expect(page.locator('[data-print-note]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('printed without JavaScript, the print styles alone give the story’s text, the sources and the note', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  for (const step of printed) await expect(stepLocator(page, step.id).getByText(step.paragraphs[0]!.text, { exact: true })).toBeVisible();
  await expect(page.locator('[data-print-note]')).toBeVisible();
  await expect(page.locator('#sources')).toBeVisible();
  await expectNoScreenFurniture(page);
  await context.close();
});
