// The Russian and Chinese editions' words: whole in their language without JavaScript, no string left in
// English once live, and every number written the language's way, in the prose, the tables and the graphics.
import { expect, test, type Locator } from '@playwright/test';
import { collectErrors } from './support/errors.ts';
import { activeGraphic, openAtStep, openStory, reachStep, readToTheEnd } from './support/story.ts';
import {
  englishEdition,
  englishMessages,
  englishPhrases,
  saying,
  translatedEditions,
  untranslatedWords,
  visibleText,
  whatThePageSays,
  type TranslatedEdition,
} from './support/editions.ts';

const interfacePhrases = englishPhrases(englishMessages);

/** A figure's forms in `edition`, as its page writes them. */
const figure = (edition: TranslatedEdition, id: string) => edition.page.figures[id]!;

/** One hand-typed form per language, in case the build and the page were both wrong the same way. */
const anchors: Record<string, string> = { ru: '5,4\u00a0трлн\u00a0юаней', zh: '5.4万亿元' };

/** The words a graphic draws (its SVG's text elements, not its title and description), with their no-break spaces. */
const svgLabels = (graphic: Locator) =>
  graphic.locator('svg[role="img"]').evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' | '));

for (const edition of translatedEditions) {
  const { story, t } = edition;
  const name = edition.edition.name;

  test.describe(`${name}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test(`${name}: the prerendered page is whole in its language: headline, every step, the graphics’ titles, the sources`, async ({
      page,
    }) => {
      await page.goto(edition.base);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.edition.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);
      for (const step of story.steps) {
        const element = page.locator(`[data-step-id="${step.id}"]`);
        await expect(element.getByRole('heading', { level: 2 })).toHaveText(step.kicker ?? story.meta.kicker);
        for (const paragraph of step.paragraphs) await expect(element.getByText(paragraph.text, { exact: true })).toBeVisible();
      }
      for (const [graphic, { title }] of Object.entries(story.graphics)) {
        const caption = page.locator(`[data-print-graphic="${graphic}"] figcaption`).first();
        await expect(caption).toBeVisible();
        await expect(caption).toContainText(title);
      }
      const sources = page.locator('#sources');
      await expect(sources.getByRole('heading', { level: 2 })).toHaveText(t('sourcesHeading'));
      for (const paragraph of story.method) await expect(sources.getByText(paragraph.text, { exact: true })).toBeVisible();
      await expect(sources.getByRole('heading', { name: t('gapsHeading') })).toBeVisible();
      await expect(sources.locator('table')).toContainText(figure(edition, 'volume-2015-cny').stated);
    });

    test(`${name}: every sentence of the report, or part of one, that the page shows says it is our translation`, async ({ page }) => {
      // The edition's own words for it, as its quote label has them: "(в нашем переводе)", "（本站翻译）".
      const mark = /[（(]([^）)]+)[）)]/.exec(t('reportedBy'))?.[1] ?? t('reportedBy');
      const translated = [
        ...story.quotes.map((q) => q.text),
        ...story.events.map((e) => e.quote),
        ...story.figures.flatMap((f) => (f.kind === 'derived' ? [] : [f.quote])),
      ];
      await page.goto(edition.base);
      const found = await page.evaluate(
        ({ texts, mark }) =>
          texts.flatMap((text) =>
            // The innermost elements that show the sentence, each with the quote block, table row or list item around it.
            [...document.querySelectorAll('body :not(script)')]
              .filter((el) => el.textContent?.includes(text) && ![...el.children].some((child) => child.textContent?.includes(text)))
              .map((el) => ({ text, marked: (el.closest('[data-quote], figure, tr, li') ?? el).textContent?.includes(mark) ?? false })),
          ),
        { texts: translated, mark },
      );
      // The quote blocks and the figures table show every quote and every figure's sentence (events' where they do).
      const shown = new Set(found.map((f) => f.text));
      expect(translated.slice(0, story.quotes.length).filter((text) => !shown.has(text))).toEqual([]);
      expect(story.figures.flatMap((f) => (f.kind === 'derived' || shown.has(f.quote) ? [] : [f.id]))).toEqual([]);
      const unmarked = found.filter((f) => !f.marked).map((f) => f.text);
      expect(unmarked).toEqual([]);
    });
  });

  test(`${name}: live and read to the end, the page says nothing in English and logs no error`, async ({ page }) => {
    const errors = collectErrors(page);
    await openStory(page, edition.base);
    await readToTheEnd(page);
    const said = await whatThePageSays(page);
    // No sentence or label of the English interface, and no other word left in English: every Latin-alphabet
    // word must be one the edition's own text uses (a name such as "Lazada"). Soft: each kind is reported.
    expect.soft(saying(said, interfacePhrases), 'English interface strings').toEqual([]);
    expect.soft(untranslatedWords(said, edition), 'words in English').toEqual([]);
    // A console error here is most often a hydration mismatch: the page rendered other words than the prerender.
    expect(errors).toEqual([]);
  });

  test(`${name}: numbers are written the local way in the prose, the volume table and the graphics’ labels`, async ({ page }) => {
    const volume2015 = figure(edition, 'volume-2015-cny');
    const dollars2015 = figure(edition, 'volume-2015-usd');
    const growth2015 = figure(edition, 'growth-2015');
    await openAtStep(page, 'volume-2015', edition.base);

    const text = await visibleText(page);
    expect(text).toContain(anchors[edition.edition.code]);
    for (const f of [volume2015, dollars2015, growth2015]) expect(text).toContain(f.stated);
    expect(text).not.toContain(figure(englishEdition, 'volume-2015-cny').stated);

    const graphic = activeGraphic(page);
    const labels = () => svgLabels(graphic);
    await expect.poll(labels).toContain(volume2015.short);
    expect(await labels()).toContain(growth2015.signedShort);
    await graphic.locator('label', { hasText: t('currency.USD') }).click();
    await expect.poll(labels).toContain(dollars2015.short);
    expect(await labels()).not.toContain(volume2015.short);
    await graphic.getByText(t('showTable')).click();
    const table = graphic.getByRole('table');
    await expect(table).toBeVisible();
    const cells = await table.evaluate((el) => el.textContent ?? '');
    for (const f of [volume2015, dollars2015, growth2015]) expect(cells).toContain(f.stated);

    await reachStep(page, 'foreign-trade');
    await expect.poll(() => svgLabels(activeGraphic(page))).toContain(figure(edition, 'share-foreign-trade').short);
    await reachStep(page, 'lazada');
    expect(await svgLabels(activeGraphic(page))).toContain(edition.page.months['2016-04']);
  });
}
