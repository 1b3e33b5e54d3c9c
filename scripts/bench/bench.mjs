// `npm run bench`: the built story measured against its floor (the same prerendered page with its scripts
// removed), in one run, interleaved: Lighthouse (mobile) and a scroll long-task probe at 4x CPU. Prints
// medians and the page-to-floor ratios, and exits non-zero when the page's LCP is over 1.10x the floor's.
//
// Lighthouse slows the load itself by default (devtools throttling), so its figures are what the trace
// observed. Its simulation (`--throttling simulate`, Lantern) is a model built from a fast load: it counts
// in the first paint every request that started before the fast load's first paint, which punishes a page
// for fetching its script and fonts early although neither blocks the paint.
//
// Usage: npm run bench -- [--no-build] [--runs N] [--throttling devtools|simulate] [--no-scroll] [--edition CODE] [other …]
//   --no-build    measure dist/ as it is instead of running `npm run build` first
//   --runs N      Lighthouse runs per page (default 5); the scroll probe runs as many times per page
//   --throttling  devtools (default): the load really slowed, figures observed; simulate: Lighthouse's Lantern model
//   --no-scroll   skip the scroll probe (e.g. for a second, devtools-throttled run of the same builds)
//   --edition     the language edition to measure, by its code in src/data/editions.ts (default en; ru, zh)
//   other         folders (served like dist/) or URLs to measure in the same runs, each against the floor too
// Raw Lighthouse JSON goes to bench-results/<time>/, the table to stdout, progress to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumFlags } from '../chromium-path.mjs';
import { serveStatic } from '../static-server.mjs';
import { makeFloor } from './floor.mjs';
import { runLighthouse } from './lighthouse-run.mjs';
import { formatReport, lcpRatio, maxLcpRatio } from './report.mjs';
import { measureScrollLongTasks } from './scroll-long-tasks.mjs';

const progress = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
const usage =
  'Usage: npm run bench -- [--no-build] [--runs N] [--throttling devtools|simulate] [--no-scroll] [--edition en|ru|zh] [other folders or URLs]';
/** @param {string} message @returns {never} */
const usageError = (message) => {
  progress(`${message}\n${usage}`);
  process.exit(2);
};

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        runs: { type: 'string', default: '5' },
        throttling: { type: 'string', default: 'devtools' },
        'no-scroll': { type: 'boolean', default: false },
        edition: { type: 'string', default: 'en' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
})();

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageError(`--runs must be a whole number from 1, not ${values.runs}`);
const throttling = values.throttling;
if (throttling !== 'simulate' && throttling !== 'devtools') usageError(`--throttling is simulate or devtools, not ${throttling}`);
// Each edition is a page of its own folder in the built site (docs/CONTRACT.md, "Addresses").
const editionPaths = /** @type {Record<string, string>} */ ({ en: '', ru: 'ru/', zh: 'zh/' });
const editionPath = editionPaths[values.edition];
if (editionPath === undefined) usageError(`--edition is one of ${Object.keys(editionPaths).join(', ')}, not ${values.edition}`);

if (!values['no-build']) {
  progress('Building (npm run build)…');
  // Its output goes to stderr with the progress lines, leaving stdout to the table.
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const folder = join('bench-results', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(folder, { recursive: true });

/** @type {import('node:http').Server[]} */
const servers = [];
/** Serves a folder on a free port and gives its URL. @param {string} root */
async function serve(root) {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html (build first?)`);
  const server = await serveStatic(root, 0);
  servers.push(server);
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${address.port}/`;
}

/** @type {import('playwright-core').Browser | undefined} */
let browser;
let exitCode = 0;
try {
  /** @type {import('./report.mjs').Target[]} */
  const targets = [
    { name: 'page', url: `${await serve('dist')}${editionPath}`, lhrs: [], longest: [], live: true },
    { name: 'floor', url: `${await serve(makeFloor('dist', join(folder, 'floor')))}${editionPath}`, lhrs: [], longest: [], live: false },
  ];
  for (const other of positionals) {
    const isFolder = existsSync(other) && statSync(other).isDirectory();
    const name = isFolder ? basename(resolve(other)) : new URL(other).host;
    // A build of this story (or its floor) has the edition's page, and comes to life (data-live) if it has
    // its scripts; a peer's folder (another team's build of the story, in English) is measured at its root.
    const page = join(other, editionPath, 'index.html');
    const ours = isFolder && existsSync(page);
    targets.push({
      name,
      url: isFolder ? `${await serve(other)}${ours ? editionPath : ''}` : new URL(other).href,
      lhrs: [],
      longest: [],
      live: ours && readFileSync(page, 'utf8').includes(`id="edition"`),
    });
  }

  // Interleaved (A, B, C, A, B, C…) so that whatever else the machine is doing weighs on all alike.
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      progress(`Lighthouse run ${run}/${runs} (${throttling}): ${target.name}`);
      const { lhr, json } = await runLighthouse(target.url, throttling);
      writeFileSync(join(folder, `${target.name}-${run}.json`), json);
      target.lhrs.push(lhr);
    }
  }

  const settings = targets[0]?.lhrs[0]?.configSettings;
  if (!settings) throw new Error('no Lighthouse result');
  browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
  for (let run = 1; run <= (values['no-scroll'] ? 0 : runs); run++) {
    for (const target of targets) {
      progress(`Scroll run ${run}/${runs}: ${target.name}`);
      target.longest.push(await longestScrollTask(browser, target, settings));
    }
  }

  process.stdout.write(`${formatReport({ targets, folder }).join('\n')}\n`);
  const ratio = lcpRatio(targets);
  if (!(ratio <= maxLcpRatio)) {
    progress(`The page's LCP is ${ratio.toFixed(2)}x the floor's, over the ${maxLcpRatio.toFixed(2)}x limit.`);
    exitCode = 1;
  }
} finally {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
}
process.exit(exitCode);

/**
 * The longest long task while scrolling `url` top to bottom, on the phone Lighthouse emulates and at its
 * CPU slowdown, in a fresh context (empty cache).
 * @param {import('playwright-core').Browser} browser
 * @param {import('./report.mjs').Target} target
 * @param {import('lighthouse').Result['configSettings']} settings
 */
async function longestScrollTask(browser, { url, live }, settings) {
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
    // Scrolling starts once the page is live, so hydration is not counted as scrolling. The floor never
    // comes to life, nor may a page elsewhere: the probe itself waits for an idle moment first.
    if (live) await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 30_000 });
    const cpuSlowdown = settings.throttling.cpuSlowdownMultiplier ?? 4;
    return (await measureScrollLongTasks(page, { cpuSlowdown })).longest;
  } finally {
    await context.close();
  }
}
