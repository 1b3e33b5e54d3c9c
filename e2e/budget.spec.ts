// Byte budgets: what a first visit downloads. (Timing is measured by `npm run bench`, against the page's floor.)
import { expect, test } from '@playwright/test';
import { measureFirstVisit, type FirstVisit } from './support/transfer.mjs';
import { editions } from '#src/i18n/editions.ts';

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

// What a first visit loads does not depend on the viewport (no responsive images; fonts load by the
// characters on the page), so it is measured once, at desktop size. Each edition has the same budgets
// (Chinese is set in the reader's own CJK font: no Chinese page downloads one).
// The budgets are for gzip, which every host can send (the site's own copies are brotli too, smaller).
test.use({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });

for (const edition of editions) {
  const name = edition.code === 'en' ? '' : ` of the ${edition.name} edition`;

  test(`first visit${name}: JavaScript at most 100 KB gzip, everything at most 190 KB gzip`, async ({ page }) => {
    const visit = await measureFirstVisit(page, `./${edition.path}`);
    const total = visit.totalBytes;
    const byKind = `JS ${kb(visit.jsBytes)}, CSS ${kb(visit.cssBytes)}, fonts ${kb(visit.fontBytes)}, HTML ${kb(visit.htmlBytes)}, other ${kb(visit.otherBytes)}`;
    test.info().annotations.push({ type: 'first visit', description: `${kb(total)}: ${byKind}` });
    expect
      .soft(
        visit.jsBytes,
        `JavaScript on first visit is ${kb(visit.jsBytes)}, over the 100 KB budget; scripts, biggest first:\n${biggest(visit, 'js')}`,
      )
      .toBeLessThanOrEqual(100 * KB);
    expect(
      total,
      `first visit transfers ${kb(total)} (${byKind}), over the 190 KB budget; biggest requests:\n${biggest(visit)}`,
    ).toBeLessThanOrEqual(190 * KB);
  });
}
