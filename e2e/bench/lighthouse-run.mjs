// One Lighthouse run in a fresh Chromium, for `npm run bench`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, quietChromiumFlags } from '../support/chromium-path.mjs';

/**
 * Runs Lighthouse once on `url` in its default mode (mobile, simulated throttling) in a Chromium of its
 * own: chrome-launcher gives each launch a new temporary profile and deletes it when Chromium is killed.
 * @param {string} url
 * @returns {Promise<{ lhr: import('lighthouse').Result, json: string }>}
 */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...quietChromiumFlags],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr, report } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    return { lhr, json: Array.isArray(report) ? report.join('') : report };
  } finally {
    await chrome.kill();
  }
}
