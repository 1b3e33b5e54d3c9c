// One Lighthouse run in a fresh Chromium, for `npm run bench`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, quietChromiumFlags } from '../chromium-path.mjs';

/**
 * Runs Lighthouse once on `url` (mobile) in a Chromium of its own: chrome-launcher gives each launch a
 * new temporary profile and deletes it when Chromium is killed.
 * @param {string} url
 * @param {'simulate' | 'devtools'} throttlingMethod `simulate`: Lighthouse's Lantern model of a slow phone,
 *   computed from a fast load; `devtools`: the load itself is slowed (network and 4x CPU), so the figures
 *   are what the trace observed
 * @returns {Promise<{ lhr: import('lighthouse').Result, json: string }>}
 */
export async function runLighthouse(url, throttlingMethod) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...quietChromiumFlags],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr, report } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    return { lhr, json: Array.isArray(report) ? report.join('') : report };
  } finally {
    await chrome.kill();
  }
}
