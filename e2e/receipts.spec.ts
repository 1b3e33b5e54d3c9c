// The receipts (issue 23): every paragraph of the story, every gap and the standfirst ends with a mark that
// opens, in place, what the text rests on: the report's sentences in the edition's words, derived figures'
// arithmetic, or what kind of words of ours. Without script the mark is a link to the sentence on ./source/.
// What each text rests on is taken from data/story.json; the sentences' words from the edition's built
// data/claims.json, which the popover shows.
import { expect, test, type Locator, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { basisSentences, boundTexts, type Bound } from '#src/data/basis.ts';
import { parseToken, tokensIn } from '#src/data/tokens.ts';
import type { Receipts } from '#src/story/receipts/receipts-file.ts';
import { englishEdition, translatedEditions, type TranslatedEdition } from './support/editions.ts';
import { openStory, reachStep, scrollSettled, scrollToStep, stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { axeViolations } from './support/axe.ts';

const editions = [englishEdition, ...translatedEditions];

/** The texts that carry a mark, in reading order: the standfirst, each step's paragraphs, the gaps. */
const marked: Bound[] = boundTexts(raw).filter(({ key }) => /^(meta\.dek|steps\.[^.]+\.paragraphs\.[^.]+|gaps\.[^.]+)$/.test(key));
const stepMarks = (id: string) => marked.filter(({ key }) => key.startsWith(`steps.${id}.`));

/** A text's kind of receipt: one sentence or several, which kind of words of ours, derived figures or none. */
const receiptKind = ({ basis, text }: Bound) =>
  `${Array.isArray(basis) ? (basis.length > 1 ? 'sentences' : 'sentence') : basis.ours} ${derivedIn(text).length > 0}`;
/**
 * The texts whose receipts a translated edition opens: the first of each kind. The English opens every one;
 * a translation shows the same receipts in other words (its claims file's, which the unit tests check).
 */
const kindsOf = (texts: Bound[]) => texts.filter((text, i) => texts.findIndex((t) => receiptKind(t) === receiptKind(text)) === i);

/** The derived figures a text writes (its tokens naming one): their arithmetic belongs in its receipt. */
const derivedFigures = new Set(raw.figures.filter((f) => f.kind === 'derived').map((f) => f.id));
const derivedIn = (text: string) =>
  [...new Set(tokensIn(text).flatMap((inner) => parseToken(inner) ?? []))]
    .flatMap((token) => ('id' in token && derivedFigures.has(token.id) ? [token.id] : []))
    .sort();

/** The edition's claims file, as the page fetches it. */
async function claimsOf(page: Page, edition: TranslatedEdition): Promise<Receipts> {
  const response = await page.request.get(`${edition.base}data/claims.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Receipts;
}

/** Where a text's mark leads without script: its first sentence on the source page, or the sources and method. */
const hrefOf = ({ basis }: Bound) => (Array.isArray(basis) ? `source/#${basis[0]}` : '#sources');

/** Each mark on the page, in order: its text's key and its link as written. */
const marksOn = (page: Page) =>
  page.locator('a[data-receipt]').evaluateAll((marks) => marks.map((m) => [m.getAttribute('data-receipt'), m.getAttribute('href')]));

const mark = (page: Page, { key }: Bound) => page.locator(`a[data-receipt="${key}"]`);
const popover = (page: Page) => page.locator('[data-receipt-popover]');

/** What a receipt should show for `text`: each sentence its basis names, as claims.json words it. */
function expectedReceipt(text: Bound, file: Receipts) {
  const open = file.messages['receiptPopover.open'];
  return {
    sentences: basisSentences(text.basis).map((id) => {
      const sentence = file.sentences.find((s) => s.id === id)!;
      return { id, text: sentence.text, original: sentence.original ?? null, link: `${open} → source/#${id}` };
    }),
    derived: derivedIn(text.text),
    ours: Array.isArray(text.basis) ? null : text.basis.ours,
  };
}

/** What the open receipt shows, read in one go once its words have loaded. */
async function shownReceipt(page: Page, edition: TranslatedEdition, key: string) {
  const dialog = page.getByRole('dialog', { name: edition.t('receipt.heading') });
  // The first receipt downloads the popover's code, then its words (until they come it says it is loading
  // them): on a busy machine that takes longer than an assertion's usual wait.
  await expect(dialog, key).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByText(edition.t('receipt.loading')), key).toHaveCount(0, { timeout: 15_000 });
  return dialog.evaluate((el) => ({
    sentences: [...el.querySelectorAll('figure[data-receipt-sentence]')].map((figure) => {
      const link = figure.querySelector('a');
      const original = figure.querySelector('p[lang="en"]');
      return {
        id: figure.getAttribute('data-receipt-sentence'),
        text: figure.querySelector('blockquote')?.textContent,
        // The English beside the translation, without its label ("The report's English: ").
        original: original
          ? [...original.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent)
              .join('')
          : null,
        link: `${link?.textContent} → ${link?.getAttribute('href')}`,
      };
    }),
    derived: [...el.querySelectorAll('[data-receipt-derived]')].map((p) => p.getAttribute('data-receipt-derived')).sort(),
    ours: el.querySelector('[data-receipt-ours]')?.getAttribute('data-receipt-ours') ?? null,
  }));
}

/** Checks the open receipt against `text`'s basis, by key, so that a failure names the text. */
async function expectReceipt(page: Page, edition: TranslatedEdition, text: Bound, file: Receipts) {
  expect(await shownReceipt(page, edition, text.key), text.key).toEqual(expectedReceipt(text, file));
}

/**
 * Scrolls a mark into view, and if the page moved, waits until it has taken the scroll in (a new current
 * step, its graphic, the address), as a reader reads before clicking: on a busy machine a click in the
 * middle of that sometimes opened nothing.
 */
async function scrollTo(page: Page, link: Locator) {
  const moved = await link.evaluate((el) => {
    const before = window.scrollY;
    el.scrollIntoView({ block: 'nearest' });
    return window.scrollY !== before;
  });
  if (moved) await scrollSettled(page);
}

/** The paragraph, gap or standfirst a mark ends. */
const textOf = (mark: Locator) => mark.locator('xpath=..');

for (const edition of editions) {
  const name = edition.edition.name;

  test.describe(`${name}: receipts with JavaScript`, () => {
    // Neither reading depends on the screen's size; the phone's sheet has its own test below.
    test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');

    // The English opens each mark outside the steps and one of each kind: the keyboard test below opens
    // every step's.
    const opened =
      edition === englishEdition
        ? marked.filter((text) => !text.key.startsWith('steps.') || kindsOf(marked).includes(text))
        : kindsOf(marked);
    test(`${name}: ${edition === englishEdition ? 'every mark outside the steps and one of each kind' : 'a mark of each kind'} opens by mouse the sentences its text rests on, and a click elsewhere closes it`, async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await openStory(page, edition.base);
      const file = await claimsOf(page, edition);
      // Every paragraph, gap and the standfirst has its mark, linking to its first sentence; no other text has one.
      expect(await marksOn(page)).toEqual(marked.map((text) => [text.key, hrefOf(text)]));
      // Many receipts, one after another: more than the usual 30 s on a busy machine.
      test.setTimeout(60_000);
      for (const text of opened) {
        const link = mark(page, text);
        await scrollTo(page, link);
        await link.click();
        await expectReceipt(page, edition, text, file);
        // A click on the text itself, beside the popover, is a click elsewhere: the receipt closes.
        await textOf(link).click({ position: { x: 2, y: 2 } });
        await expect(popover(page), text.key).toBeHidden();
        await expect(link, text.key).toBeFocused();
      }
      expect(errors).toEqual([]);
    });

    // Keys work the same in every language: checked in English, whose receipts are all opened here.
    if (edition === englishEdition) {
      test(`${name}: every step’s receipts open by keyboard, take focus, and give it back on Escape`, async ({ page }) => {
        await openStory(page, edition.base);
        const file = await claimsOf(page, edition);
        for (const id of stepIds) {
          // A step's marks are in the Tab order only while it is the current step.
          await reachStep(page, id);
          for (const text of stepMarks(id)) {
            const link = mark(page, text);
            await expect(link).not.toHaveAttribute('tabindex', '-1');
            await link.focus();
            await page.keyboard.press('Enter');
            await expect(popover(page), text.key).toBeFocused();
            await expectReceipt(page, edition, text, file);
            await page.keyboard.press('Escape');
            await expect(popover(page), text.key).toBeHidden();
            await expect(link, text.key).toBeFocused();
          }
        }
        // The receipt was opened in place: the story's address is still the story's.
        expect(new URL(page.url()).pathname).not.toContain('/source/');
      });
    }
  });

  test.describe(`${name}: receipts without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');

    // Every mark's link is checked as written; the English follows each to its sentence, a translation one of each kind.
    const followed = edition === englishEdition ? marked : kindsOf(marked);
    test(`${name}: each mark is a link to the sentence it names on the source page, marked out there`, async ({ page, baseURL }) => {
      await page.goto(edition.base);
      const file = await claimsOf(page, edition);
      const story = new URL(edition.base, baseURL).href;
      const address = (text: Bound) => new URL(hrefOf(text), story).href;
      expect(await marksOn(page)).toEqual(marked.map((text) => [text.key, hrefOf(text)]));
      // The first mark followed as a reader follows it; from there each other sentence's address, on the same page.
      await mark(page, marked[0]!).click();
      for (const text of followed.filter(({ basis }) => Array.isArray(basis))) {
        if (page.url() !== address(text)) await page.goto(address(text));
        await expect(page, text.key).toHaveURL(address(text));
        const id = basisSentences(text.basis)[0]!;
        const sentence = file.sentences.find((s) => s.id === id)!;
        const target = page.locator(`li#${id}:target`);
        await expect(target, text.key).toBeInViewport();
        await expect(target.locator(`[lang="${edition.edition.lang}"]`), text.key).toHaveText(sentence.text);
        if (sentence.original) await expect(target.locator('[lang="en"]'), text.key).toHaveText(sentence.original);
      }
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');

    // Russian's receipt of a paragraph with a derived figure: the translation, the English beside it, the arithmetic.
    test('axe finds no accessibility violations with a receipt open', async ({ page }) => {
      const [edition, text] = [translatedEditions[0]!, marked.find((t) => t.key === 'steps.volume-2015.paragraphs.p2')!];
      await openStory(page, edition.base);
      await mark(page, text).scrollIntoViewIfNeeded();
      await mark(page, text).click();
      await expectReceipt(page, edition, text, await claimsOf(page, edition));
      // A theme changes colours alone: the dark one is scanned for contrast. The page around the receipt
      // is scanned in page.spec.ts.
      const rules = colorScheme === 'dark' ? ['color-contrast'] : undefined;
      const where = `${edition.edition.code} ${text.key} open`;
      expect(await axeViolations(page, where, { rules, within: '[data-receipt-popover]' })).toEqual([]);
    });
  });
}

test(
  'on a phone, a tap on a mark opens the receipt as a sheet along the bottom of the screen',
  { tag: '@phone' },
  async ({ page, isMobile }) => {
    test.skip(!isMobile, 'a phone’s layout');
    await openStory(page);
    const file = await claimsOf(page, englishEdition);
    // A step's paragraph, and the standfirst, whose mark is near the top of the page.
    for (const key of ['steps.lazada.paragraphs.p1', 'meta.dek']) {
      const text = marked.find((t) => t.key === key)!;
      const link = mark(page, text);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await expectReceipt(page, englishEdition, text, file);
      const { sheet, screen } = await popover(page).evaluate((el) => {
        const { left, top, right, bottom, width } = el.getBoundingClientRect();
        return { sheet: { left, top, right, bottom, width }, screen: { width: window.innerWidth, height: window.innerHeight } };
      });
      // Wholly on the screen, across it with equal margins (not hung from its mark), and resting on its bottom edge.
      expect(sheet.left, key).toBeGreaterThanOrEqual(0);
      expect(sheet.top, key).toBeGreaterThanOrEqual(0);
      expect(sheet.right, key).toBeLessThanOrEqual(screen.width);
      expect(sheet.bottom, key).toBeLessThanOrEqual(screen.height);
      expect(Math.abs(sheet.left - (screen.width - sheet.right)), key).toBeLessThan(1);
      expect(sheet.width, key).toBeGreaterThan(screen.width - 24);
      expect(screen.height - sheet.bottom, key).toBeLessThan(12);
      await page.getByRole('button', { name: englishEdition.t('receipt.close') }).tap();
      await expect(popover(page)).toBeHidden();
    }
  },
);

test('a reader who moves on to the next mark as a receipt closes keeps the focus there', async ({ page }) => {
  await openStory(page);
  await scrollToStep(page, 'volume-2015');
  const [first, next] = stepMarks('volume-2015').map((text) => mark(page, text));
  await first!.focus();
  await page.keyboard.press('Enter');
  await expect(popover(page)).toBeFocused();
  // Closed and the next mark focused in one go, before the popover's toggle event (a task later) arrives.
  const focused = await next!.evaluate(async (link) => {
    const receipt = document.querySelector<HTMLElement>('[data-receipt-popover]')!;
    // Heard after the page's own listener, which was added when the receipt opened.
    const toggled = new Promise((resolve) => receipt.addEventListener('toggle', resolve, { once: true }));
    receipt.hidePopover();
    link.focus();
    await toggled;
    return document.activeElement === link;
  });
  expect(focused).toBe(true);
});
