// Each step of the story as a page of its own (./steps/<step-id>/ in every edition, docs/CONTRACT.md): every
// page read over HTTP as a crawler reads it (its step, its graphic, its receipts, its share card, its oEmbed
// file), then a few in the browser: without script, through a real Pym.js parent, in a plain iframe, by axe.
import { expect, test, type APIRequestContext, type Frame, type Page } from '@playwright/test';
import type { Catalog } from '#src/i18n/messages.ts';
import { translator } from '#src/edition/message.ts';
import { testSite } from '#test/support/edition.ts';
import { elements, textOf } from '#test/support/markup.ts';
import { axeViolations } from './support/axe.ts';
import { collectErrors } from './support/errors.ts';
import { openHostArticle, openHostPage, storyFrame } from './support/host-page.ts';

/** Every edition the tests' build makes, the pseudo-locale (xa/) last. */
const editions = testSite({ pseudo: true }).editions();
const byCode = (code: string) => editions.find((e) => e.entry.code === code)!;

/** A message of the edition's `stepPage` group, its {values} filled in. */
const stepWord = (catalog: Catalog, name: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce((text, [key, value]) => text.replace(`{${key}}`, value), (catalog.stepPage as Catalog)[name] as string);

/** A step's page, from the site's root: "ru/steps/lazada/". */
const stepPath = (edition: (typeof editions)[number], id: string) => `${edition.entry.path}steps/${id}/`;

/** What a step's page should say of its step, from the edition's data. */
function expected(edition: (typeof editions)[number], id: string) {
  const { story } = edition.content;
  const step = story.steps.find((s) => s.id === id)!;
  const state = story.graphicStates[step.state]!;
  const graphic = story.graphics[state.graphic];
  const kicker = step.kicker ?? story.meta.kicker;
  return {
    step,
    state,
    graphic,
    kicker,
    title: stepWord(edition.catalog, 'title', { step: kicker, story: story.meta.headline }),
    description: step.paragraphs[0]!.text,
    imageAlt: stepWord(edition.catalog, 'imageAlt', { title: graphic.title, description: state.description }),
  };
}

async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

const metaContent = (html: string, key: string) =>
  elements(html, 'meta').find((m) => m.attrs.property === key || m.attrs.name === key)?.attrs.content;

for (const edition of editions) {
  const { entry } = edition;
  test(`${entry.name}: every step has its page, with its text, graphic, receipts and share card`, async ({ request, baseURL }) => {
    const base = new URL(entry.path, baseURL);
    const sentenceIds = new Set(elements(await fetchText(request, new URL('source/', base).href), 'li').map((li) => li.attrs.id));
    const storyIds = new Set([...(await fetchText(request, base.href)).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const t = translator(edition.content);
    for (const { id } of edition.content.story.steps) {
      const url = new URL(stepPath(edition, id), baseURL).href;
      const at = (href: string | undefined) => new URL(href ?? 'about:blank', url).href;
      const html = await fetchText(request, url);
      const { step, state, graphic, kicker, title, description, imageAlt } = expected(edition, id);
      const where = `${url}`;
      expect(/<html lang="([^"]+)"/.exec(html)?.[1], where).toBe(entry.lang);
      expect(elements(html, 'h1')[0]?.text, where).toBe(kicker);
      const body = textOf(html.slice(html.indexOf('<body')));
      for (const paragraph of step.paragraphs) expect(body, where).toContain(paragraph.text);
      if (step.quote) expect(body, where).toContain(t('reportedBy'));
      for (const gloss of step.glosses ?? []) expect(body, where).toContain(gloss.term);

      // The graphic: a figure titled by it, an SVG image named by its title and described by the step's state.
      const [figure] = elements(html, 'figure');
      expect(figure?.attrs['data-graphic'], where).toBe(state.graphic);
      expect(elements(figure!.inner, 'figcaption')[0]?.text, where).toContain(graphic.title);
      const [svg] = elements(figure!.inner, 'svg');
      expect(svg?.attrs.role, where).toBe('img');
      const svgTitles = elements(svg!.inner, 'title');
      expect(svgTitles.find((el) => el.attrs.id === svg!.attrs['aria-labelledby'])?.text, where).toBe(graphic.title);
      expect(elements(svg!.inner, 'desc')[0]?.text, where).toBe(state.description);
      expect(elements(figure!.inner, 'table'), where).toHaveLength(1);

      // One receipt per paragraph, each leading to a sentence on the edition's source page or to the story's sources.
      const receipts = elements(html, 'a').filter((a) => a.attrs['data-receipt']);
      expect(receipts, where).toHaveLength(step.paragraphs.length);
      for (const receipt of receipts) {
        const target = new URL(at(receipt.attrs.href));
        const page = `${target.origin}${target.pathname}`;
        const fragment = target.hash.slice(1);
        if (page === new URL('source/', base).href) expect(sentenceIds, `${where} ${receipt.attrs.href}`).toContain(fragment);
        else expect([page, storyIds.has(fragment)], `${where} ${receipt.attrs.href}`).toEqual([base.href, true]);
      }

      // Its head: the step's own title, description and card, its image in its folder, its oEmbed file.
      expect(elements(html, 'title')[0]?.text, where).toBe(title);
      for (const key of ['og:title', 'twitter:title']) expect(metaContent(html, key), `${where} ${key}`).toBe(title);
      for (const key of ['description', 'og:description', 'twitter:description'])
        expect(metaContent(html, key), `${where} ${key}`).toBe(description);
      for (const key of ['og:image', 'twitter:image']) expect(at(metaContent(html, key)), `${where} ${key}`).toBe(`${url}share.png`);
      expect(metaContent(html, 'og:image:alt'), where).toBe(imageAlt);
      expect(metaContent(html, 'twitter:card'), where).toBe('summary_large_image');
      const oembed = elements(html, 'link').find((l) => l.attrs.type === 'application/json+oembed');
      expect(at(oembed?.attrs.href), where).toBe(`${url}oembed.json`);
      const alternates = elements(html, 'link').filter((l) => l.attrs.rel === 'alternate' && l.attrs.hrefLang);
      for (const other of edition.content.editions)
        expect(at(alternates.find((l) => l.attrs.hrefLang === other.lang)?.attrs.href), where).toBe(
          new URL(`${other.path}steps/${id}/`, baseURL).href,
        );

      // Its downloads, files of its folder saved under the step's name.
      const downloads = elements(html, 'a').filter((a) => a.attrs.download);
      expect(downloads.map((a) => at(a.attrs.href)).sort(), where).toEqual(
        ['graphic.png', 'graphic@2x.png', 'graphic.svg'].map((file) => `${url}${file}`).sort(),
      );
    }
  });

  test(`${entry.name}: each step's oEmbed file is a rich embed whose iframe is the step's page in embed mode`, async ({
    request,
    baseURL,
  }) => {
    for (const { id } of edition.content.story.steps) {
      const url = new URL(`${stepPath(edition, id)}oembed.json`, baseURL).href;
      const file = JSON.parse(await fetchText(request, url)) as Record<string, unknown>;
      expect(file, url).toMatchObject({ version: '1.0', type: 'rich', title: expected(edition, id).title });
      expect(file.provider_name, url).toBe(edition.content.story.meta.kicker);
      // (Its shape, and its iframe as tall as it says, are held by src/build/step-pages/oembed.test.ts.)
      const [iframe] = elements(String(file.html), 'iframe');
      const src = new URL(iframe!.attrs.src!, url);
      expect(src.href, url).toBe(new URL(`${stepPath(edition, id)}?mode=embed`, baseURL).href);
      const page = await fetchText(request, src.href);
      expect(elements(page, 'h1')[0]?.text, src.href).toBe(expected(edition, id).kicker);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a step’s page shows its graphic, its text and its receipts, and asks nothing of other origins', async ({ page, baseURL }) => {
    const ru = byCode('ru');
    const { step, graphic, kicker } = expected(ru, 'li-hui');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors = collectErrors(page);
    await page.goto(stepPath(ru, 'li-hui'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kicker);
    await expect(page.getByRole('img', { name: graphic.title })).toBeVisible();
    await expect(page.getByText(step.paragraphs[0]!.text)).toBeVisible();
    // A receipt leads to its sentence, marked out on the edition's source page.
    await page.locator('a[data-receipt]').first().click();
    await expect(page).toHaveURL(new URL(`${ru.entry.path}source/#s3`, baseURL).href);
    await expect(page.locator('li#s3')).toBeInViewport();
    expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the language switch leads to the same step in the other edition', async ({ page }) => {
    const [ru, zh, en] = [byCode('ru'), byCode('zh'), byCode('en')];
    await page.goto(stepPath(ru, 'lazada'));
    await page.getByRole('link', { name: zh.entry.name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', zh.entry.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected(zh, 'lazada').kicker);
    await page.getByRole('link', { name: en.entry.name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', en.entry.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected(en, 'lazada').kicker);
  });
});

test('a step’s page leads into the story at that step', async ({ page, baseURL }) => {
  const zh = byCode('zh');
  await page.goto(stepPath(zh, 'thailand-commerce'));
  await page.getByRole('link', { name: stepWord(zh.catalog, 'inStory') }).click();
  await expect(page).toHaveURL(new URL(`${zh.entry.path}#thailand-commerce`, baseURL).href);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'thailand-commerce');
});

test.describe('embedded', () => {
  /** A step page is ready once its script has marked it as embedded. */
  const embedded = 'html[data-mode="embed"]';

  /**
   * The frame as tall as the page in it, and the page with nothing to scroll. In view first: Chromium puts a
   * sandboxed frame in a process of its own, and lays one out of view at its new size only once it is seen.
   */
  async function expectFitted(page: Page, selector: string, frame: Frame) {
    await page.locator(selector).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const frameHeight = await page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().height));
        const [content, inner] = await frame.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
        return `frame ${frameHeight}, content ${content}, overflow ${content! - inner!}`;
      })
      .toMatch(/^frame (\d+), content \1, overflow 0$/);
  }

  /** The graphic alone: its figure, and of the page around it only the source line and the story's link. */
  async function expectGraphicAlone(frame: Frame, code: string, id: string) {
    const edition = byCode(code);
    const { graphic, kicker } = expected(edition, id);
    await expect(frame.getByRole('img', { name: graphic.title })).toBeVisible();
    await expect(frame.getByRole('heading', { name: kicker })).toBeHidden();
    await expect(frame.locator('a[data-receipt]').first()).toBeHidden();
    await expect(frame.getByRole('navigation')).toBeHidden();
    const story = frame.getByRole('link', { name: edition.content.story.meta.kicker });
    await expect(story).toBeVisible();
    await expect(story).toHaveAttribute('target', '_blank');
    await expect(frame.getByRole('link').filter({ visible: true })).toHaveCount(1);
  }

  test('through a Pym.js parent, the frame is as tall as the graphic, with no scrollbar inside', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'pym', { address: 'steps/volume-2015/', ready: embedded });
    await expectFitted(page, '#story iframe', frame);
    await expectGraphicAlone(frame, 'en', 'volume-2015');
  });

  test('through a Pym.js parent in a frame sandboxed with "allow-scripts" alone, it takes its height too', async ({ page, baseURL }) => {
    const frame = await openHostPage(page, baseURL!, 'pym', { address: 'ru/steps/moscow/', sandbox: 'allow-scripts', ready: embedded });
    await expectFitted(page, '#story iframe', frame);
  });

  test('the oEmbed file’s iframe shows the graphic alone, within its height', async ({ page, request, baseURL }) => {
    const url = new URL(`${stepPath(byCode('zh'), 'foreign-trade')}oembed.json`, baseURL).href;
    const { html } = JSON.parse(await fetchText(request, url)) as { html: string };
    // Without SITE_URL the file's address is relative to it: an editor's CMS would be given the absolute one.
    const src = elements(html, 'iframe')[0]!.attrs.src!;
    await openHostArticle(page, html.replace(`src="${src}"`, `src="${new URL(src, url).href}"`));
    const frame = await storyFrame(page, embedded);
    await expectGraphicAlone(frame, 'zh', 'foreign-trade');
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBe(0);
  });
});

// One page per edition; the dark theme's colours are the same in each, scanned on the Chinese page.
for (const [code, id, colorScheme] of [
  ['en', 'forecast-2016', 'light'],
  ['ru', 'li-hui', 'light'],
  ['zh', 'moscow', 'dark'],
] as const) {
  test.describe(`${code} step page in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test(`${id} has no accessibility violations`, async ({ page }) => {
      await page.goto(stepPath(byCode(code), id));
      expect(await axeViolations(page, `${code} ${id}`)).toEqual([]);
    });
  });
}
