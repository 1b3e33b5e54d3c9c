// The page's <head> as a browser parses it: the charset and the policy before anything they govern, then
// the story's title and share tags, each holding the story's text as written. (That markup in the story
// stays text is held where each head is made: src/build/head-tags.test.ts, src/build/step-pages/step-pages.test.ts.)
// And the first paint is held only until the story's first step, which the page must have.
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { pngSize } from '#test/support/png-size.ts';
import { openStory } from './support/story.ts';

/** Each element of the head, as the parser built it: its tag and the attribute that says what it is. */
const headElements = (page: Page) =>
  page.evaluate(() =>
    [...document.head.children].map((el) => {
      const key = ['charset', 'http-equiv', 'name', 'property', 'rel'].find((name) => el.hasAttribute(name));
      return key ? `${el.localName}[${key}${key === 'charset' ? '' : `=${el.getAttribute(key)}`}]` : el.localName;
    }),
  );
const contentOf = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute('content');

for (const path of ['./', './offline.html']) {
  test(`the built head of ${path} opens with the charset and the policy, and carries the story’s title and share texts as written`, async ({
    page,
  }) => {
    await page.goto(path);
    const elements = await headElements(page);
    expect(elements.slice(0, 2)).toEqual(['meta[charset]', 'meta[http-equiv=Content-Security-Policy]']);
    expect(elements.filter((el) => el === 'title' || el.includes('http-equiv'))).toEqual([
      'meta[http-equiv=Content-Security-Policy]',
      'title',
    ]);
    await expect(page).toHaveTitle(`${raw.meta.headline} · ${raw.meta.kicker}`);
    expect(await contentOf(page, 'meta[property="og:title"]')).toBe(raw.meta.headline);
    expect(await contentOf(page, 'meta[name="description"]')).toBe(raw.meta.dek.text);
    expect(await contentOf(page, 'meta[name="twitter:description"]')).toBe(raw.meta.dek.text);
    expect(await contentOf(page, 'meta[property="og:image:alt"]')).toBe(raw.meta.shareImageAlt);
  });
}

test('each page holds its first paint until its first step is parsed, and has that step', async ({ page }) => {
  for (const path of ['./', './ru/', './zh/', './offline.html']) {
    await page.goto(path);
    const held = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="expect"][blocking="render"]')].map((link) => {
        const target = document.getElementById(new URL(link.href).hash.slice(1));
        return target?.closest('[data-step-id]') === target ? target?.getAttribute('data-step-id') : `not a step: ${link.href}`;
      }),
    );
    expect(held, path).toEqual([raw.steps[0]?.id]);
  }
});

for (const path of ['./', './ru/', './zh/']) {
  test(`${path}: the share image its head names is a 1200×630 PNG of the site`, async ({ page, request }) => {
    await page.goto(path);
    const image = await contentOf(page, 'meta[property="og:image"]');
    expect(await contentOf(page, 'meta[property="og:image:width"]')).toBe('1200');
    const response = await request.get(new URL(image ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('each edition asks for the map’s countries from its head, before any script, and only once', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('/data/map-frame.json') && asked.push(new URL(request.url()).pathname)));
  for (const path of ['./', './ru/', './zh/']) {
    asked.length = 0;
    // With the page's code refused, only the head can ask for them.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(path);
    await expect.poll(() => asked).toEqual([`/${path.slice(2)}data/map-frame.json`]);
    await page.unrouteAll();
    // With its code, the map draws them from that one response: the page does not ask again.
    asked.length = 0;
    await openStory(page, path);
    await expect(page.locator('figure[data-graphic="map"] [data-country]').first()).toBeAttached();
    expect(asked).toHaveLength(1);
  }
  // In the presentation too, the map's slide draws them from that one response.
  asked.length = 0;
  await page.goto('./?mode=present#moscow');
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.locator('[data-country]').first()).toBeAttached();
  expect(asked).toHaveLength(1);
});
