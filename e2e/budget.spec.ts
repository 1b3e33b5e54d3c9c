// Performance budgets: what a first visit downloads, and whether the story scrolls without long tasks on a slow CPU.
import { expect, test } from '@playwright/test';
import { measureScrollLongTasks } from './support/long-tasks.mjs';
import { measureFirstVisit, type FirstVisit } from './support/transfer.mjs';
import { openStory } from './support/story.ts';

// Tracing records the page as it runs, and that work would show up as long tasks of its own.
test.use({ trace: 'off' });

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
// characters on the page), so it is measured once, at the budget project's desktop size.
test('first-visit JavaScript is at most 95 KB gzip', async ({ page }) => {
  const visit = await measureFirstVisit(page, './');
  expect(
    visit.jsBytes,
    `JavaScript on first visit is ${kb(visit.jsBytes)}, over the 95 KB budget; scripts, biggest first:\n${biggest(visit, 'js')}`,
  ).toBeLessThanOrEqual(95 * KB);
});

test('total first-visit transfer is at most 180 KB gzip', async ({ page }) => {
  const visit = await measureFirstVisit(page, './');
  const byKind = `JS ${kb(visit.jsBytes)}, CSS ${kb(visit.cssBytes)}, fonts ${kb(visit.fontBytes)}, HTML ${kb(visit.htmlBytes)}, other ${kb(visit.otherBytes)}`;
  expect(
    visit.totalBytes,
    `first visit transfers ${kb(visit.totalBytes)} (${byKind}), over the 180 KB budget; biggest requests:\n${biggest(visit)}`,
  ).toBeLessThanOrEqual(180 * KB);
});

/** The median of a few numbers. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
] as const) {
  test(`no long task over 50 ms while the story is scrolled top to bottom with the CPU slowed 4x (${name})`, async ({ page }) => {
    // A slowed CPU makes the scroll itself slow: give it more than the default 30 s.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    // Five passes, judged by the median of their longest tasks: a long task the page causes shows up
    // every time, while one the shared machine causes (another process taking the CPU) does not. (With
    // three, two unlucky passes out of three failed 3 of 7 runs on a shared 2-core machine, builds from
    // before and after the same change alike.)
    const runs = [];
    for (let i = 0; i < 5; i++) {
      await openStory(page);
      runs.push(await measureScrollLongTasks(page, { cpuSlowdown: 4 }));
    }
    const report = runs.map((r) => `${r.count} long task(s), longest ${Math.round(r.longest)} ms`).join('; ');
    expect(median(runs.map((r) => r.longest)), `per pass: ${report}`).toBeLessThanOrEqual(50);
  });
}
