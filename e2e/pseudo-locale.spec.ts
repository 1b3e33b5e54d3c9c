// The pseudo-locale (./xa/, which the tests' build adds: src/i18n/pseudo-locale.ts): every word the page, the
// presentation, the presenter view, the embed dialog, the graphics and their tables show comes out of the
// edition (accented, a third longer, in brackets), so none is hard-coded; and a longer language fits.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support/errors.ts';
import { openSlides } from './support/present.ts';
import { activeGraphic, currentStep, expectCurrent, openStory, readToTheEnd, stepIds } from './support/story.ts';
import { pseudoLocale, whatThePageSays, type Said } from './support/editions.ts';
import { familyName } from '#src/data/family-name.ts';

const edition = pseudoLocale();
/**
 * Words of plain letters that are still the pseudo-locale's: its padding ("one two three"), the names it keeps
 * as the English writes them (people's family names, Xinhua), and keys' names on a keyboard.
 */
const kept = new Set([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...edition.story.people.map((p) => familyName(p.name).replace(/^\[/, '')),
  'Xinhua',
  ...['Home', 'End', 'PageUp', 'PageDown', 'Enter'],
]);

/** Words of plain, unaccented letters that `said` holds and the pseudo-locale would have accented: hard-coded English. */
const plainWords = (said: Said[]) =>
  said.flatMap(({ where, text }) =>
    (text.replace(/https?:\/\/\S+/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])
      .filter((word) => !kept.has(word))
      .map((word) => `${where}: ${word}`),
  );

/** Every word `page` says (within `within`) that is not the pseudo-locale's, with where it stands. */
const unlocalised = async (page: Page, within?: string) => plainWords(await whatThePageSays(page, within ? { within } : {}));

test('read live to the end, every word the page says is the pseudo-locale’s, the graphics’ and tables’ too, and nothing is wider than the screen', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openStory(page, edition.base);
  await readToTheEnd(page);
  expect(await unlocalised(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('the embed dialog is in the pseudo-locale', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the site’s header, with its Embed button, is a desktop check');
  await openStory(page, `${edition.base}#lazada`);
  await page.getByRole('button', { name: edition.t('embed.open') }).click();
  const dialog = page.getByRole('dialog', { name: edition.t('embed.heading') });
  await expect(dialog).toBeVisible();
  expect(await unlocalised(page, '[role="dialog"]')).toEqual([]);
});

test.describe('the presentation', () => {
  test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

  test('on the smallest projector (1024×768), every slide is in the pseudo-locale and its text fits, as do its keys and overview', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSlides(page, stepIds[0]!, edition.base);
    for (const id of stepIds) {
      await expectCurrent(page, id);
      await expect
        .poll(() => currentStep(page).evaluate((box) => box.scrollHeight - box.clientHeight), { message: `${id}: its text overflows` })
        .toBeLessThanOrEqual(1);
      await expect(activeGraphic(page).locator('svg[role="img"]')).toBeVisible();
      await page.keyboard.press('ArrowRight');
    }
    expect(await unlocalised(page, '[data-present]')).toEqual([]);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: edition.t('present.keysTitle') })).toBeVisible();
    expect(await unlocalised(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: edition.t('present.overviewTitle') })).toBeVisible();
    expect(await unlocalised(page, '[role="dialog"]')).toEqual([]);
  });

  test('the presenter view, its notes, timer and controls, is in the pseudo-locale', async ({ page }) => {
    await page.goto(`${edition.base}?mode=present&view=presenter#volume-2015`);
    await expect(page.getByRole('heading', { level: 1, name: edition.t('present.presenter') })).toBeVisible();
    await expect(page.getByText(edition.t('present.derivedNote'))).toBeVisible();
    expect(await unlocalised(page)).toEqual([]);
  });
});

test('the downloads are in the pseudo-locale, the report’s own sentences aside', async ({ request }) => {
  const json = (await (await request.get(`${edition.base}data/cross-border-figures.json`)).json()) as {
    about: string;
    figures: { label: string; value_as_stated: string }[];
  };
  const said = [
    { where: 'about', text: json.about },
    ...json.figures.flatMap((f) => [
      { where: 'label', text: f.label },
      { where: 'value', text: f.value_as_stated },
    ]),
  ];
  expect(plainWords(said)).toEqual([]);
});
