// Byte budgets: what a first visit downloads. (Timing is measured by `npm run bench`, against the page's floor.)
import { expect, test } from '@playwright/test';
import { measureFirstVisit, type FirstVisit } from './support/transfer.mjs';
import { editions } from '#src/data/editions.ts';

/** Budgets are in KB of 1,024 bytes, gzip-compressed as received, headers included (as Lighthouse counts). */
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The biggest requests of a visit, one per line, for failure messages. */
function biggest(visit: FirstVisit, kind?: FirstVisit['requests'][number]['type'], count = 8) {
  return visit.requests
    .filter((r) => !kind || r.type === kind)
    .slice(0, count)
    .map((r) => `  ${kb(r.bytes).padStart(9)}  ${r.type.padEnd(5)}  ${new URL(r.url).pathname}`)
    .join('\n');
}

/** The Chinese fallback font's files (src/build/fonts/han-font.ts). */
const hanFallback = /\/noto-sans-sc-subset[^/]*\.woff2$/;

// What a first visit loads does not depend on the viewport (no responsive images; fonts load by the
// characters on the page), so it is measured once, at desktop size. Each edition has the same budgets: on
// this machine, which has no Chinese system font, the Chinese page downloads its Han fallback subset too.
// The budgets are for gzip, which every host can send (the site's own copies are brotli too, smaller).
test.use({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });

for (const edition of editions) {
  const name = edition.code === 'en' ? '' : ` of the ${edition.name} edition`;

  test(`first-visit JavaScript${name} is at most 95 KB gzip`, async ({ page }) => {
    const visit = await measureFirstVisit(page, `./${edition.path}`);
    expect(
      visit.jsBytes,
      `JavaScript on first visit is ${kb(visit.jsBytes)}, over the 95 KB budget; scripts, biggest first:\n${biggest(visit, 'js')}`,
    ).toBeLessThanOrEqual(95 * KB);
  });

  test(`total first-visit transfer${name} is at most 180 KB gzip`, async ({ page }) => {
    const visit = await measureFirstVisit(page, `./${edition.path}`);
    // The Han fallback subset: downloaded only where the reader has no Chinese font of their own (every
    // Windows, macOS, iOS, Android and ChromeOS has one; this machine has none), so held to its own budget.
    const fallback = visit.requests.filter((r) => hanFallback.test(new URL(r.url).pathname)).reduce((sum, r) => sum + r.bytes, 0);
    const total = visit.totalBytes - fallback;
    const byKind = `JS ${kb(visit.jsBytes)}, CSS ${kb(visit.cssBytes)}, fonts ${kb(visit.fontBytes - fallback)} and Han fallback ${kb(fallback)}, HTML ${kb(visit.htmlBytes)}, other ${kb(visit.otherBytes)}`;
    test.info().annotations.push({ type: 'first visit', description: `${kb(total)}: ${byKind}` });
    expect(
      total,
      `first visit transfers ${kb(total)} (${byKind}), over the 180 KB budget; biggest requests:\n${biggest(visit)}`,
    ).toBeLessThanOrEqual(180 * KB);
    expect(fallback, `the Han fallback font is ${kb(fallback)}, over its 80 KB budget`).toBeLessThanOrEqual(80 * KB);
  });
}
