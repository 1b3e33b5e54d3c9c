// Before tests or the dev server: installs the npm packages if they are missing or stale, and makes sure
// a Chromium is there for the browser tests (Debian's package where possible, else Playwright's), and a
// Chinese font (Debian's fonts-noto-cjk), as a reader's computer has, for the Chinese edition's tests.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  console.warn('Installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

/** Whether the machine has a Chinese font, which the Chinese edition is set in (a reader's computer has one). */
function hasChineseFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

if (process.argv.includes('--browser')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!hasChineseFont() && isRoot && existsSync('/usr/bin/apt-get')) {
    console.warn("No Chinese font found: installing Debian's fonts-noto-cjk…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk');
  }
  const { chromiumPath } = await import('./chromium-path.mjs');
  if (!chromiumPath()) {
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.warn("No Chromium found: installing Debian's chromium package…");
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else if (!existsSync(`${process.env.HOME}/.cache/ms-playwright`)) {
      console.warn("No Chromium found: trying Playwright's own download (npx playwright install chromium)…");
      run('npx playwright install chromium');
    }
  }
}
