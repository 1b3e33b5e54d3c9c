// What readers, editors and host pages can do to the page without breaking it: resizing mid-story, a
// host's absurd viewport, forced colours, zoomed-in embeds, endless words, malformed addresses.
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { openHostPage } from './support/host-page.ts';
import { currentStep, openAtStep, openStory, reachStep, stepIds } from './support/story.ts';
import { graphicPartId, kickerId, pageIds } from '#src/lib/page-ids.ts';

/** Resolves after the page has rendered two more frames: whatever a resize or scroll scheduled has run. */
const settled = (page: Page | Frame) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test.describe('resizing the window', () => {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1280, height: 600 },
    { width: 1280, height: 1000 },
    { width: 900, height: 700 },
    { width: 375, height: 667 },
    { width: 375, height: 560 },
    // A phone turned to landscape.
    { width: 560, height: 375 },
    { width: 1280, height: 800 },
  ];

  // A step early in the story and one late in it, where a change of the page's height moves it most.
  for (const id of ['lazada', stepIds.at(-2)!]) {
    test(`keeps the reader at step “${id}”, and its address, through every size`, async ({ page }) => {
      await page.setViewportSize(sizes[0]!);
      await openStory(page);
      await reachStep(page, id);
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      for (const size of sizes.slice(1)) {
        await page.setViewportSize(size);
        await expect.poll(() => page.evaluate(() => `${innerWidth}×${innerHeight}`)).toBe(`${size.width}×${size.height}`);
        await settled(page);
        await settled(page);
        expect(await currentStep(page).getAttribute('data-step-id'), `at ${size.width}×${size.height}`).toBe(id);
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
      }
    });
  }
});

test.describe('a Pym.js host that reports an impossible viewport', () => {
  /** Sends the frame a viewport message as its Pym.js parent would, with a viewport `width`×`height`. */
  async function reportViewport(page: Page, width: number, height: number) {
    await page.evaluate(
      ([w, h]) => {
        const frame = document.querySelector<HTMLIFrameElement>('#story iframe')!;
        const { top, left, bottom, right } = frame.getBoundingClientRect();
        frame.contentWindow!.postMessage(`pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx${w} ${h} ${top} ${left} ${bottom} ${right}`, '*');
      },
      [width, height],
    );
  }
  const panelHeight = (frame: Frame) => frame.locator('[data-graphic-panel]').evaluate((el) => el.getBoundingClientRect().height);

  test('a viewport 1 px tall still leaves the graphic a real screen’s room, and one 100,000 px tall no more', async ({ page, baseURL }) => {
    const story = await openHostPage(page, baseURL!, 'pym');
    // The child speaks Pym.js once its code is in (loaded after the page is live): its first height message
    // makes the parent size the frame to the whole story. Before that, a viewport message would be lost.
    await expect.poll(() => page.locator('#story iframe').evaluate((frame) => frame.getBoundingClientRect().height)).toBeGreaterThan(2000);
    await reportViewport(page, 1280, 1);
    // The graphic keeps at least half of the smallest real screen (200 px): never collapsed to nothing.
    await expect.poll(() => panelHeight(story)).toBeGreaterThanOrEqual(100);
    // And one 100,000 px tall as the tallest real screen: the story, which the frame takes whole, grows
    // to about twice its height on a 1080 px screen, not to millions of pixels.
    const frameHeight = () => page.locator('#story iframe').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
    await reportViewport(page, 1280, 1080);
    await expect.poll(() => panelHeight(story)).toBeGreaterThan(300);
    await expect
      .poll(async () => (await frameHeight()) === Math.round(await story.evaluate(() => document.body.getBoundingClientRect().height)))
      .toBe(true);
    const onLaptop = await frameHeight();
    await reportViewport(page, 1280, 100_000);
    await expect.poll(frameHeight).toBeGreaterThan(onLaptop * 1.5);
    expect(await frameHeight()).toBeLessThanOrEqual(onLaptop * 2.1);
  });
});

test('in forced colours (Windows high contrast) the currency switch shows which option is selected', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openAtStep(page, 'volume-2015');
  const figure = page.locator('figure[data-graphic="volume"]');
  const selected = figure.getByRole('radio', { checked: true });
  await expect(selected).toHaveCount(1);
  /** The colours a sighted reader sees on an option: its text, and the first background behind it that is painted. */
  const seen = (radio: Locator) =>
    radio.evaluate((input) => {
      const label = input.closest('label')!;
      let background = 'rgba(0, 0, 0, 0)';
      for (let el: Element | null = label; el && background === 'rgba(0, 0, 0, 0)'; el = el.parentElement) {
        background = getComputedStyle(el).backgroundColor;
      }
      return { text: getComputedStyle(label).color, background };
    });
  const chosen = await seen(selected);
  const other = await seen(figure.getByRole('radio', { checked: false }));
  expect(chosen.background).not.toBe(other.background);
  expect(chosen.text).not.toBe(other.text);
});

/** Whether two boxes overlap. */
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.describe('in a plain iframe at 200 % zoom (a 1280×800 screen seen as 640×400)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  /** The visible step buttons' box inside the frame, or null when they are not shown. */
  const buttonsBox = (frame: Frame) =>
    frame.evaluate(() => {
      const buttons = document.querySelector('[data-step-buttons]')!;
      if (getComputedStyle(buttons).display === 'none') return null;
      const { left, top, right, bottom } = buttons.getBoundingClientRect();
      return { left, top, right, bottom };
    });

  test('the Previous and Next buttons show over the story, and never over the Sources section', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'plain');
    // In the host's view, where a reader uses it.
    await page.locator('#plain').scrollIntoViewIfNeeded();
    await frame.locator(`[data-step-id="${stepIds[2]}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(frame.getByRole('button', { name: 'Next step' })).toBeVisible();
    for (const block of ['start', 'center', 'end'] as const) {
      await frame.locator(`#${pageIds.sources}`).evaluate((el, at) => el.scrollIntoView({ block: at }), block);
      // The buttons hide on the frame after the scroll event, and React commits when it can: on a busy
      // machine that is more than two frames later.
      await expect
        .poll(async () => {
          const box = await buttonsBox(frame);
          const sources = await frame.locator(`#${pageIds.sources}`).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
          return box !== null && overlap(box as DOMRect, sources);
        }, `sources scrolled to its ${block}`)
        .toBe(false);
    }
  });

  test('a control reached with the Tab key is never under the Previous and Next buttons', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'plain');
    // In the host's view, where a reader uses it.
    await page.locator('#plain').scrollIntoViewIfNeeded();
    await frame.locator(`[data-step-id="${stepIds[0]}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await frame.locator('body').focus();
    const covered: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      await settled(frame);
      const focused = await frame.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('[data-step-buttons]')) return null;
        return {
          name: `${el.localName} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
          box: el.getBoundingClientRect().toJSON() as DOMRect,
        };
      });
      const box = await buttonsBox(frame);
      if (focused && box && overlap(box as DOMRect, focused.box)) covered.push(focused.name);
    }
    expect(covered).toEqual([]);
  });
});

test('a 5,000-character word in the text wraps instead of widening the page', async ({ page }) => {
  await openStory(page);
  const word = 'Cross'.repeat(1000);
  await page.evaluate((text) => {
    for (const el of [document.querySelector('h1'), ...document.querySelectorAll('[data-step-text], #sources p')]) {
      if (el) el.textContent = text;
    }
  }, word);
  await settled(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
});

test('the static server answers a malformed address with 400 and goes on serving', async ({ request }) => {
  const bad = await request.get('./%E0%A4%A');
  expect(bad.status()).toBe(400);
  const page = await request.get('./');
  expect(page.status()).toBe(200);
});

test('every element id in every mode is a step’s, a step kicker’s, a graphic part’s, React’s own or one of src/lib/page-ids.ts', async ({
  page,
}) => {
  const graphicParts = ['map', 'timeline', 'volume', 'share'].flatMap((kind) =>
    (['title', 'desc', 'arrow', 'hatch'] as const).map((part) => graphicPartId(kind, part)),
  );
  const known = new Set<string>([...Object.values(pageIds), ...stepIds, ...stepIds.map(kickerId), ...graphicParts]);
  const unknownIds = () =>
    page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id).filter((id) => !/^_[rR]_[0-9A-Za-z]+_$/.test(id)));
  const seen = new Set<string>();
  const collect = async () => (await unknownIds()).forEach((id) => seen.add(id));
  await openStory(page);
  await collect();
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await collect();
  await page.keyboard.press('Escape');
  for (const path of ['./?mode=present', `./?mode=present#${stepIds[3]}`, './offline.html']) {
    await page.goto(path);
    await expect(page.locator('html[data-live]')).toBeAttached();
    await expect(page.getByRole('heading').first()).toBeVisible();
    await collect();
  }
  expect([...seen].filter((id) => !known.has(id))).toEqual([]);
  expect(seen.size).toBeGreaterThan(stepIds.length);
});
