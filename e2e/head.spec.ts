// The page's <head> as a browser parses it: the policy first, then the story's title and share tags,
// each holding the story data as text, whatever that text contains.
import { expect, test, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { parseStory } from '#test/support/english.ts';
import { contentSecurityPolicy, headTags, policyTag, withHeadTags } from '#src/build/head-tags.ts';
import { editions } from '#src/i18n/editions.ts';
import { englishEdition } from './support/editions.ts';

const englishPage = englishEdition.page;

/** Each element of the head, as the parser built it: its tag and the attribute that says what it is. */
const headElements = (page: Page) =>
  page.evaluate(() =>
    [...document.head.children].map((el) => {
      const key = ['charset', 'http-equiv', 'name', 'property', 'rel'].find((name) => el.hasAttribute(name));
      return key ? `${el.localName}[${key}${key === 'charset' ? '' : `=${el.getAttribute(key)}`}]` : el.localName;
    }),
  );
const contentOf = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute('content');

/** The links to the editions: one per edition and x-default (an offline file, alone, has none). */
const alternates = Array.from({ length: editions.length + 1 }, () => 'link[rel=alternate]');
/** The language of the page and of the other editions, for share cards. */
const locales = ['meta[property=og:locale]', ...editions.slice(1).map(() => 'meta[property=og:locale:alternate]')];
const shareElements = [
  ...['type', 'title', 'description', 'image', 'image:width', 'image:height', 'image:alt'].map((p) => `meta[property=og:${p}]`),
  ...['card', 'title', 'description', 'image', 'image:alt'].map((n) => `meta[name=twitter:${n}]`),
];

/** The story's own elements, in order, as head-tags.ts makes them (without SITE_URL). */
const storyElements = (offline: boolean) => [
  'title',
  'meta[name=description]',
  ...(offline ? [] : alternates),
  ...locales,
  ...shareElements,
];

for (const path of ['./', './offline.html']) {
  test(`the built head of ${path} opens with the charset and the policy, then the story’s tags, its text as written`, async ({ page }) => {
    const ownElements = storyElements(path.includes('offline'));
    await page.goto(path);
    const elements = await headElements(page);
    expect(elements.slice(0, 2 + ownElements.length)).toEqual([
      'meta[charset]',
      'meta[http-equiv=Content-Security-Policy]',
      ...ownElements,
    ]);
    // The rest is the page's own: viewport, theme colours, icon, styles and the entry script.
    expect(elements.slice(2 + ownElements.length).filter((el) => el.startsWith('title') || el.includes('http-equiv'))).toEqual([]);
    await expect(page).toHaveTitle(`${raw.meta.headline} · ${raw.meta.kicker}`);
    expect(await contentOf(page, 'meta[property="og:title"]')).toBe(raw.meta.headline);
    expect(await contentOf(page, 'meta[name="description"]')).toBe(raw.meta.dek);
    expect(await contentOf(page, 'meta[name="twitter:description"]')).toBe(raw.meta.dek);
  });
}

test('a headline and dek full of markup and ampersands stay text in the head the build makes', async ({ page }) => {
  const headline = 'Alibaba & co</title><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)</script>';
  const dek = `Tom & Jerry "quoted" 'single' <b>bold</b> &amp; done`;
  const story = parseStory({ ...raw, meta: { ...raw.meta, headline, dek } });
  const template = '<!doctype html><html lang="en"><head><meta charset="UTF-8" /></head><body><p>The page</p></body></html>';
  await page.setContent(
    withHeadTags(template, [policyTag(contentSecurityPolicy), ...headTags({ ...englishPage, story }, 'https://example.org/a"b/')]),
  );
  expect(await headElements(page)).toEqual([
    'meta[charset]',
    'meta[http-equiv=Content-Security-Policy]',
    'title',
    'meta[name=description]',
    'link[rel=canonical]',
    ...alternates,
    ...locales,
    ...shareElements.slice(0, 3),
    'meta[property=og:url]',
    ...shareElements.slice(3),
  ]);
  await expect(page).toHaveTitle(`${headline} · ${raw.meta.kicker}`);
  expect(await contentOf(page, 'meta[property="og:title"]')).toBe(headline);
  expect(await contentOf(page, 'meta[name="twitter:title"]')).toBe(headline);
  expect(await contentOf(page, 'meta[property="og:description"]')).toBe(dek);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://example.org/a%22b/');
  await expect(page.locator('body')).toHaveText('The page');
  expect(page.url()).toBe('about:blank');
});
