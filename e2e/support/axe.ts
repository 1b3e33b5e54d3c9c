// An accessibility scan of the page as a reader ends up seeing it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scrollSettled } from './story.ts';

/**
 * axe's violations (of `rules` alone, if given; in the elements `within` selects alone, if given), each
 * named with `where`: once the scroll has settled and the page has reacted (a step change starts its fades),
 * and the fades have finished, so that axe measures the colours a reader sees. A whole page takes seconds:
 * a scan after a change of state can be limited to what the change shows.
 */
export async function axeViolations(
  page: Page,
  where: string,
  { rules, within }: { rules?: string[]; within?: string } = {},
): Promise<string[]> {
  await scrollSettled(page);
  // (A fade cut short by the next one rejects its `finished`; the next one is then awaited instead.)
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {}))));
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules(rules);
  if (within) builder.include(within);
  const results = await builder.analyze();
  return results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
