// The offline file copied alone into a temporary folder, as onto a USB stick, for tests that open it from file://.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@playwright/test';

/**
 * Copies the built offline file (`built`, from the build's folder: "offline.html", an edition's "ru/offline.html")
 * before the file's (or describe block's) tests and removes it after; gives its file:// URL.
 */
export function offlineFileOnUsbStick(built = 'offline.html'): () => string {
  let folder = '';
  let fileUrl = '';
  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'usb-stick-'));
    const file = join(folder, 'cross-border-offline.html');
    copyFileSync(resolve(process.env.STORY_DIST ?? 'dist', built), file);
    fileUrl = pathToFileURL(file).href;
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return () => fileUrl;
}
