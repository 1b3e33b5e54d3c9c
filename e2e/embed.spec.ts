// The story inside a stranger's article: a Pym.js parent on another origin, and a plain iframe.
import { expect, test, type Frame } from '@playwright/test';
import { openHostPage } from './support/host-page.ts';
import { openAtStep, openStory, stepIds } from './support/story.ts';
import { translatedEditions } from './support/editions.ts';
import { collectErrors } from './support/errors.ts';

const currentIn = (frame: Frame) => frame.locator('[aria-current="step"]').getAttribute('data-step-id');

test.describe('through a Pym.js parent with trackscroll', () => {
  test('the iframe takes the story’s full height, with no scrollbar inside', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'pym');
    await expect
      .poll(async () => {
        const iframeHeight = await page.locator('#story iframe').evaluate((el) => el.getBoundingClientRect().height);
        const content = await frame.evaluate(() => document.documentElement.scrollHeight);
        return `${Math.round(iframeHeight)} ${Math.round(content)}`;
      })
      .toMatch(/^(\d+) \1$/);
    await expect(frame.locator('header[data-site-chrome]')).toBeHidden();
  });

  test(
    'scrolling the host article moves through the steps, with the graphic in the host viewport',
    { tag: '@phone' },
    async ({ page, baseURL }) => {
      const frame = await openHostPage(page, baseURL!, 'pym');
      const iframe = page.locator('#story iframe');
      for (const id of [stepIds[1]!, stepIds[5]!, stepIds[9]!, stepIds.at(-1)!]) {
        // Scroll the host so that the step's top stands at a third of the host's viewport.
        const stepTop = await frame.locator(`[data-step-id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
        const frameTop = await iframe.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        await page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop - (await page.evaluate(() => innerHeight)) / 3);
        await expect.poll(() => currentIn(frame)).toBe(id);
        // The graphic panel, placed inside the frame, lies within the host's viewport.
        await expect
          .poll(async () => {
            const panel = await frame.locator('[data-graphic-panel]').evaluate((el) => {
              const r = el.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom };
            });
            const top = await iframe.evaluate((el) => el.getBoundingClientRect().top);
            const height = await page.evaluate(() => innerHeight);
            return top + panel.top >= -1 && top + panel.bottom <= height + 1;
          })
          .toBe(true);
      }
    },
  );

  test('forged and malformed messages change nothing and raise no error', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'pym');
    const errors = collectErrors(page);
    // Let the embed settle first (live, which openHostPage waits for, fonts in, map drawn, the height sent),
    // so any change is the forgery's.
    await frame.locator('html').evaluate(() => document.fonts.ready);
    await expect(frame.locator('[data-country]').first()).toBeAttached();
    // The frame as tall as the story, once the host's viewport has set the story's viewport unit.
    await expect
      .poll(async () => {
        const iframeHeight = await page.locator('#story iframe').evaluate((el) => el.getBoundingClientRect().height);
        // (The body's height: the document's scroll height is never less than the frame's own.)
        const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
        const unit = await frame.evaluate(() => document.documentElement.style.getPropertyValue('--story-vh'));
        return unit !== '' && Math.round(iframeHeight) === Math.round(content);
      })
      .toBe(true);
    const height = await page.locator('#story iframe').getAttribute('height');
    const url = page.url();
    // What a viewport message changes at once: the story's viewport unit, and so its layout's height.
    // (The story's own box, not the document's scroll height, which the sticky graphic's place moves.)
    const layout = () =>
      frame
        .locator('html')
        .evaluate((html) => [html.style.getPropertyValue('--story-vh'), document.querySelector('main')?.getBoundingClientRect().height]);
    const layoutBefore = await layout();
    const before = await currentIn(frame);
    await page.evaluate(() => {
      const child = document.querySelector<HTMLIFrameElement>('#story iframe')!.contentWindow!;
      const forged: unknown[] = [
        'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 -999999999999 0 5 5',
        'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMxNaN NaN NaN NaN NaN NaN',
        'pymxPYMxotherxPYMxviewport-iframe-positionxPYMx1280 800 -4000 0 900 700',
        'pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)',
        'pymxPYMxstoryxPYMxwidthxPYMx<script>',
        { pym: true },
        null,
        'x'.repeat(100_000),
      ];
      for (const message of forged) child.postMessage(message, '*');
    });
    // Messages to a window arrive in the order they were posted: once the embed has received one posted
    // after the forgeries, it has handled them all. (An iframe off screen draws no animation frames.)
    await frame.locator('html').evaluate(
      () =>
        new Promise<void>((done) => {
          const sentinel = 'after-the-forgeries';
          window.addEventListener('message', function wait(event) {
            if (event.data !== sentinel) return;
            window.removeEventListener('message', wait);
            done();
          });
          window.postMessage(sentinel, '*');
        }),
    );
    expect(await currentIn(frame)).toBe(before);
    expect(await layout()).toEqual(layoutBefore);
    expect(await page.locator('#story iframe').getAttribute('height')).toBe(height);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });
});

test('in a plain 600 px iframe the story scrolls inside the frame and steps follow', async ({ page, baseURL }) => {
  const frame = await openHostPage(page, baseURL!, 'plain');
  const id = stepIds[6]!;
  await frame.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(() => currentIn(frame)).toBe(id);
  await expect(frame.locator('figure[data-active="true"]')).toBeVisible();
});

test('in a plain iframe the next and previous buttons step through the story', async ({ page, baseURL }) => {
  const frame = await openHostPage(page, baseURL!, 'plain');
  await frame.locator(`[data-step-id="${stepIds[0]}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(() => currentIn(frame)).toBe(stepIds[0]);
  await frame.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => currentIn(frame)).toBe(stepIds[1]);
  await frame.getByRole('button', { name: 'Previous step' }).click();
  await expect.poll(() => currentIn(frame)).toBe(stepIds[0]);
});

test('the reader page offers the story’s embed codes, optionally starting at the current step, and its graphic alone', async ({ page }) => {
  await openAtStep(page, 'lazada');
  await expect(page).toHaveURL(/#lazada$/);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeHidden();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this story' });
  await expect(dialog).toBeVisible();
  const pym = dialog.getByLabel('With Pym.js');
  await expect(pym).toHaveValue(/vendor\/pym\.v1\.min\.js/);
  await expect(pym).toHaveValue(/trackscroll: true/);
  await expect(dialog.getByLabel('Plain iframe')).toHaveValue(/\?mode=embed" width="100%" height="600"/);
  await dialog.getByLabel(/Start at the current step/).check();
  await expect(dialog.getByLabel('Plain iframe')).toHaveValue(/\?mode=embed#lazada"/);
  // The step the reader is on, alone: its step page's embed mode, as tall as it is.
  const graphic = dialog.getByLabel('This graphic only');
  await expect(graphic).toHaveValue(/\/steps\/lazada\/\?mode=embed"/);
  await expect(graphic).not.toHaveValue(/trackscroll/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('in an edition’s folder, every embed code’s Pym.js script is the site’s own, which answers', async ({ page, request }) => {
  const edition = translatedEditions[0]!;
  await openStory(page, `${edition.base}#lazada`);
  await page.getByRole('button', { name: edition.t('embed.open') }).click();
  const dialog = page.getByRole('dialog', { name: edition.t('embed.heading') });
  for (const label of [edition.t('embed.pym'), edition.t('embed.graphicOnly')]) {
    const code = await dialog.getByLabel(label).inputValue();
    const script = /<script src="([^"]+)"><\/script>/.exec(code)?.[1];
    expect(script, label).toMatch(/\/vendor\/pym\.v1\.min\.js$/);
    expect((await request.get(script!)).status(), label).toBe(200);
  }
});

// WordPress puts oEmbed content in frames like these: scripts allowed, but an opaque origin of their own, so
// every script, font and data file is fetched across origins (the site sends Access-Control-Allow-Origin).
test.describe('in a frame sandboxed with "allow-scripts" alone', () => {
  test('through a Pym.js parent, the story comes to life and follows the host’s scroll', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'pym', { sandbox: 'allow-scripts' });
    await expect(frame.locator('header[data-site-chrome]')).toBeHidden();
    await expect(frame.locator('[data-country]').first()).toBeAttached();
    for (const id of [stepIds[2]!, stepIds[10]!]) {
      const stepTop = await frame.locator(`[data-step-id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
      const frameTop = await page.locator('#story iframe').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      await page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop - (await page.evaluate(() => innerHeight)) / 3);
      await expect.poll(() => currentIn(frame)).toBe(id);
    }
  });

  test('as a plain iframe, the story comes to life, draws its map and steps follow its scroll', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'plain', { sandbox: 'allow-scripts' });
    await expect(frame.locator('[data-country]').first()).toBeAttached();
    await expect(frame.locator('[data-map-status]')).toHaveCount(0);
    const id = stepIds[9]!;
    await frame.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => currentIn(frame)).toBe(id);
    await expect(frame.locator('figure[data-active="true"] svg[role="img"] text').first()).toBeVisible();
  });
});
