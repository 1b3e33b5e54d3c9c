// The report as numbered sentences (./source/, docs/CONTRACT.md) as a reader arriving from a link to one
// sentence finds it: without any script, that sentence in view and marked out, in each edition's words.
import { expect, test } from '@playwright/test';
import type { Catalog } from '#src/i18n/messages.ts';
import { testSite } from '#test/support/edition.ts';
import { collectErrors } from './support/errors.ts';
import { axeViolations } from './support/axe.ts';

const editions = testSite().editions();
const english = editions.find((e) => e.entry.code === 'en')!;
const seventh = (report: { id: string; text: string }[]) => report.find((s) => s.id === 's7')!.text;

/** The editions whose source page is scanned by axe, and in which themes (see below). */
const scanned: Record<string, ('light' | 'dark')[]> = { en: ['light'], ru: ['light', 'dark'] };

/** A message of the edition's `sourcePage` group. */
const sourceWord = (catalog: Catalog, name: string) => (catalog.sourcePage as Catalog)[name] as string;

for (const edition of editions) {
  const { entry } = edition;
  const address = `./${entry.path}source/`;

  test.describe(`${entry.name}: ${address} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test(
      'opened at #s7, shows the seventh sentence in view and marked out, and asks nothing of other origins',
      { tag: '@phone' },
      async ({ page, baseURL }) => {
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const errors = collectErrors(page);
        await page.goto(`${address}#s7`);
        const sentence = page.locator('li#s7');
        await expect(sentence).toBeInViewport();
        await expect(sentence).toContainText('s7');
        await expect(sentence.locator('[lang="en"]')).toHaveText(seventh(english.sentences));
        if (edition !== english) {
          await expect(sentence.locator(`[lang="${entry.lang}"]`)).toHaveText(seventh(edition.sentences));
          await expect(sentence).toContainText(sourceWord(edition.catalog, 'ours'));
        }
        // The sentence the address names stands out from its neighbours.
        await expect(page.locator('li#s8')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
        await expect(sentence).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
        expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
        expect(errors).toEqual([]);
      },
    );

    test('links back to its story and to the other editions’ source pages', async ({ page, baseURL }) => {
      await page.goto(address);
      const at = (href: string | null) => new URL(href ?? '', new URL(address, baseURL)).href;
      const back = page.getByRole('link', { name: sourceWord(edition.catalog, 'back') });
      expect(at(await back.getAttribute('href'))).toBe(new URL(`./${entry.path}`, baseURL).href);
      for (const other of editions.filter((e) => e !== edition)) {
        const link = page.getByRole('link', { name: other.entry.name, exact: true });
        await expect(link).toHaveAttribute('hreflang', other.entry.lang);
        expect(at(await link.getAttribute('href'))).toBe(new URL(`./${other.entry.path}source/`, baseURL).href);
      }
    });
  });

  // The page is the same markup in every edition: scanned in English, and on the Russian page, which has the
  // report's English beside its translation. The dark theme changes colours alone: scanned for contrast there.
  for (const colorScheme of scanned[entry.code] ?? []) {
    test.describe(`${entry.name}: ${address} in ${colorScheme} mode`, () => {
      test.use({ colorScheme });

      test('opened at #s7, has no accessibility violations', async ({ page }) => {
        await page.goto(`${address}#s7`);
        const rules = colorScheme === 'dark' ? ['color-contrast'] : undefined;
        expect(await axeViolations(page, `${address}#s7`, { rules })).toEqual([]);
      });
    });
  }
}
