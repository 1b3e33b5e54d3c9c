// Browser tests: the built site served locally, in Chromium at phone and desktop sizes.
import { defineConfig } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from './scripts/chromium-path.mjs';

// STORY_DIST and STORY_PORT let a second build be tested beside the first (default: dist/ on 4173).
const dist = process.env.STORY_DIST ?? 'dist';
const port = Number(process.env.STORY_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // A trace is recorded only when a failed test runs again (CI retries once): recording one for every test
    // took a quarter of the suite's time. Locally, `npx playwright test --trace on` records them.
    trace: 'on-first-retry',
    launchOptions: { executablePath: chromiumPath(), args: quietChromiumFlags },
  },
  // Every test runs at desktop size; those whose behaviour depends on the screen's size (tagged @phone)
  // run at phone size too.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grep: /@phone/,
      use: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: `node scripts/static-server.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
