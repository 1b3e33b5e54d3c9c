// Finds a Chromium to drive: $CHROMIUM_PATH, then the usual system paths, else Playwright's own download.
import { existsSync } from 'node:fs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The path of a Chromium executable, or undefined to let Playwright use the browser it downloaded
 * (`npx playwright install chromium`), on machines where that download works.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return systemPaths.find((path) => existsSync(path));
}

/** Flags that keep a hand-launched Chromium from calling home (the test machines have no open network). */
export const quietChromiumFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
