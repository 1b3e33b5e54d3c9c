// `npm run bench`: Lighthouse (mobile, simulated throttling) and a scroll long-task probe on the built
// story, run several times, medians printed; optionally side by side with another page.
//
// Usage: npm run bench -- [--no-build] [--runs N] [other]
//   --no-build  measure dist/ as it is instead of running `npm run build` first
//   --runs N    Lighthouse runs per page (default 5); the scroll probe runs 3 times per page
//   other       a URL or a folder (served like dist/) to measure in the same runs, interleaved with ours
// Raw Lighthouse JSON goes to bench-results/<time>/, the table to stdout, progress to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumFlags } from '../support/chromium-path.mjs';
import { measureScrollLongTasks } from '../support/long-tasks.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { runLighthouse } from './lighthouse-run.mjs';
import { formatReport } from './report.mjs';

const scrollRuns = 3;

const progress = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
/** @param {string} message @returns {never} */
const usageError = (message) => {
  progress(`${message}\nUsage: npm run bench -- [--no-build] [--runs N] [other URL or folder]`);
  process.exit(2);
};

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
})();

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageError(`--runs must be a whole number from 1, not ${values.runs}`);
if (positionals.length > 1) usageError('give at most one other URL or folder to compare with');

if (!values['no-build']) {
  progress('Building (npm run build)…');
  // Its output goes to stderr with the progress lines, leaving stdout to the table.
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @type {import('node:http').Server[]} */
const servers = [];
/** Serves a folder on a free port and gives its URL. @param {string} folder */
async function serve(folder) {
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`${folder} has no index.html (build first?)`);
  const server = await serveStatic(folder, 0);
  servers.push(server);
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${address.port}/`;
}

/** @type {import('playwright-core').Browser | undefined} */
let browser;
try {
  /** @type {import('./report.mjs').Target[]} */
  const targets = [{ name: 'ours', url: await serve('dist'), lhrs: [], longest: [] }];
  const other = positionals[0];
  if (other) {
    const isFolder = existsSync(other) && statSync(other).isDirectory();
    targets.push({ name: 'other', url: isFolder ? await serve(other) : new URL(other).href, lhrs: [], longest: [] });
  }

  const folder = join('bench-results', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(folder, { recursive: true });
  // Interleaved (A, B, A, B…) so that whatever else the machine is doing weighs on both alike.
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      progress(`Lighthouse run ${run}/${runs}: ${target.name}`);
      const { lhr, json } = await runLighthouse(target.url);
      writeFileSync(join(folder, `${target.name}-${run}.json`), json);
      target.lhrs.push(lhr);
    }
  }

  const first = targets[0]?.lhrs[0];
  if (!first) throw new Error('no Lighthouse result');
  const settings = first.configSettings;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
  for (let run = 1; run <= scrollRuns; run++) {
    for (const target of targets) {
      progress(`Scroll run ${run}/${scrollRuns}: ${target.name}`);
      target.longest.push(await longestScrollTask(browser, target.url, settings));
    }
  }

  process.stdout.write(`${formatReport({ targets, folder, scrollRuns }).join('\n')}\n`);
} finally {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
}

/**
 * The longest long task while scrolling `url` top to bottom, on the phone Lighthouse emulates and at its
 * CPU slowdown, in a fresh context (empty cache).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {import('lighthouse').Result['configSettings']} settings
 */
async function longestScrollTask(browser, url, settings) {
  const screen = settings.screenEmulation;
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
    userAgent: typeof settings.emulatedUserAgent === 'string' ? settings.emulatedUserAgent : undefined,
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // As in the budget test: scrolling starts once the page is live, so hydration is not counted as scrolling.
    // (A page that never sets data-live, such as another site to compare with, is measured after 10 s.)
    await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 10_000 }).catch(() => {});
    const cpuSlowdown = settings.throttling.cpuSlowdownMultiplier ?? 4;
    return (await measureScrollLongTasks(page, { cpuSlowdown })).longest;
  } finally {
    await context.close();
  }
}
