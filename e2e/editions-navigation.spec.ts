// Moving in and between the editions: deep links to a step, the language switch that keeps the step and the
// mode, the presentation's keys, and the embed.
import { expect, test, type Page } from '@playwright/test';
import { editions, type EditionEntry } from '#src/i18n/editions.ts';
import { currentStep, expectCurrent, openAtStep, openStory, reachStep, scrollSettled, stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { openSlides } from './support/present.ts';
import {
  englishEdition,
  englishMessages,
  englishPhrases,
  saying,
  translatedEditions,
  untranslatedWords,
  whatThePageSays,
} from './support/editions.ts';

/** The language switch of a page of `edition`, named in its language ("Languages", "Языки", "语言"). */
const languageSwitch = (page: Page, edition: EditionEntry) =>
  page.getByRole('navigation', {
    name: (translatedEditions.find((t) => t.edition.code === edition.code) ?? englishEdition).t('languages'),
  });

/** The address of `edition`'s page with `rest` (a query and a hash) as a URL pattern, from the site's root. */
const addressOf = (edition: EditionEntry, rest: string) => new RegExp(`^http://[^/]+/${edition.path}${rest.replace(/[?]/g, '\\$&')}$`);

const hash = (page: Page) => page.evaluate(() => window.location.hash);

for (const edition of translatedEditions) {
  const name = edition.edition.name;

  test(`${name}: a deep link opens live at its step, and the address follows the reader to the next`, async ({ page }) => {
    await openAtStep(page, 'lazada', edition.base);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.edition.lang);
    await expect(currentStep(page).getByRole('heading', { level: 2 })).toHaveText(
      edition.story.steps.find((s) => s.id === 'lazada')!.kicker!,
    );
    await reachStep(page, 'volume-2015');
    await expect.poll(() => hash(page)).toBe('#volume-2015');
  });

  // How every slide fits the smallest projector in each edition, and moves on with →, is in present.spec.ts.
  test(`${name}: in presentation, “?” lists the keys in the edition’s language`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'a projector is a desktop screen');
    const errors = collectErrors(page);
    await openSlides(page, 'lazada', edition.base);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: edition.t('present.keysTitle') });
    await expect(dialog).toBeVisible();
    const { t } = edition;
    for (const [shown, does] of [
      [t('present.keys.nextKeys'), t('present.keys.next')],
      [t('present.keys.previousKeys'), t('present.keys.previous')],
      [t('present.keys.numberKeys'), t('present.keys.goTo')],
    ]) {
      await expect(dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: shown, exact: true }) })).toContainText(does!);
    }
    // The slide, its controls, its announcements and the list say nothing in English (the graphics are the
    // story's, read in editions-text.spec.ts); keys are named as keyboards label them.
    const said = await whatThePageSays(page, { within: '[data-present]', skip: 'figure' });
    expect.soft(saying(said, englishPhrases(englishMessages)), 'English strings').toEqual([]);
    expect.soft(untranslatedWords(said, edition, ['Home', 'End', 'PageUp', 'PageDown', 'Enter']), 'words in English').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });

  test(`${name}: embedded, the story is in its language without the site’s header, and offers the other editions`, async ({ page }) => {
    await openAtStep(page, 'china-post', `${edition.base}?mode=embed`);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.edition.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.story.meta.headline);
    await expect(page.locator('header[data-site-chrome]')).toBeHidden();
    const other = editions.find((e) => e !== edition.edition)!;
    await expect(languageSwitch(page, edition.edition).getByRole('link', { name: other.name, exact: true })).toBeAttached();
  });
}

test('a deep link to the last step, in a fresh tab, opens live at that step', async ({ page }) => {
  // Far down the page: the browser scrolls there while the page comes to life, and the steps must follow.
  // (The editions' deep links are checked above.)
  await openAtStep(page, stepIds.at(-1)!);
});

test('the language switch goes from edition to edition at the reader’s step: English → Русский → 中文 → English', async ({ page }) => {
  // Round the registry, each edition's switch to the next, from a step the reader has scrolled to there.
  const along = ['lazada', 'volume-2015', 'thailand-commerce'];
  await openStory(page, './#lazada');
  for (const [i, edition] of editions.entries()) {
    const to = editions[(i + 1) % editions.length]!;
    const step = along[i]!;
    await reachStep(page, step);
    await expect.poll(() => hash(page)).toBe(`#${step}`);
    // The reader goes up to the switch, at the story's head, and takes it.
    const link = languageSwitch(page, edition).getByRole('link', { name: to.name, exact: true });
    await link.scrollIntoViewIfNeeded();
    await scrollSettled(page);
    await link.click();
    await expect(page).toHaveURL(addressOf(to, `#${step}`));
    await expect(page.locator('html[data-live]')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
    await expectCurrent(page, step);
    // The page the reader is on is named, not linked, and says it is the current one.
    await expect(languageSwitch(page, to).getByText(to.name, { exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('in presentation, the switch on the title slide keeps the mode, and works from the keyboard', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a projector is a desktop screen');
  const [english, russian] = [editions[0]!, translatedEditions[0]!];
  await openSlides(page);
  const link = languageSwitch(page, english).getByRole('link', { name: russian.edition.name, exact: true });
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(addressOf(russian.edition, '?mode=present'));
  await expect(page.locator('[data-present]')).toBeVisible();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(russian.story.meta.headline);
  await page.keyboard.press('ArrowRight');
  await expect(currentStep(page)).toHaveAttribute('data-step-id', stepIds[0]!);
});

test(
  'on a phone, each edition’s language switch is on screen at the top, its links within the screen',
  { tag: '@phone' },
  async ({ page }) => {
    for (const edition of [editions[0]!, ...translatedEditions.map((t) => t.edition)]) {
      await openStory(page, `./${edition.path}`);
      await scrollSettled(page);
      const links = languageSwitch(page, edition).getByRole('listitem');
      await expect(links).toHaveCount(editions.length);
      for (const item of await links.all()) await expect(item).toBeInViewport({ ratio: 1 });
    }
  },
);
