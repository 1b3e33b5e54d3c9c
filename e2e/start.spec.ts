// `npm start`, as a reader of the README runs it: Vite's dev server, with this project's config, serves every
// edition prerendered, comes to life, and draws a step's graphic file.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { englishEdition, translatedEditions } from './support/editions.ts';
import { collectErrors } from './support/errors.ts';

test.skip(({ isMobile }) => isMobile, 'the dev server is checked once');
// One worker, one server.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let origin = '';

const answers = () =>
  fetch(origin).then(
    (response) => response.ok,
    () => false,
  );

test.beforeAll(async () => {
  // A port of the worker's own, beside the tests' static server.
  const port = Number(process.env.STORY_PORT ?? 4173) + 1000 + test.info().workerIndex;
  origin = `http://127.0.0.1:${port}/`;
  // What `npm start` runs after its install check, without opening a browser of its own.
  const started = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  server = started;
  await expect.poll(answers, { timeout: 60_000 }).toBe(true);
  expect(started.exitCode, 'the dev server is still running').toBeNull();
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid);
  await expect.poll(answers).toBe(false);
});

// Every edition's page and graphic files are served prerendered; the page comes to life in one of them (the
// code is the same for all, and the dev server's first visit is its slowest part: it transforms every module).
for (const { edition, base, story } of [englishEdition, ...translatedEditions]) {
  const live = edition === englishEdition.edition;
  test(`${edition.name}: the dev server serves the edition prerendered${live ? ', and it comes to life' : ''}`, async ({ page }) => {
    const errors = collectErrors(page);
    const address = new URL(base, origin).href;
    const html = await (await fetch(address)).text();
    expect(html).toContain(`<html lang="${edition.lang}"`);
    expect(html).toContain(story.meta.headline);
    const file = await fetch(new URL(`graphics/${story.steps[0]!.id}.svg`, address));
    expect(file.headers.get('content-type')).toBe('image/svg+xml');
    expect(await file.text()).toContain(story.graphics.map.title);
    if (!live) return;
    await page.goto(address);
    await expect(page.locator('html[data-live]')).toBeAttached({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);
    expect(errors).toEqual([]);
  });
}
