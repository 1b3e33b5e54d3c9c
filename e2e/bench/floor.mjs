// The bench's floor: the same prerendered page with every script removed. What the page costs beyond
// its own HTML, CSS and fonts is measured against it, in the same run, as ratios.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page's HTML without its `<script>` elements (inline or not, the JSON data island included) and
 * without `modulepreload` links: what the reader gets from the HTML alone.
 * @param {string} html
 */
export function withoutScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}

/**
 * Copies the built site `dist` to `folder` and strips the scripts from its pages: every edition's.
 * @param {string} dist
 * @param {string} folder
 */
export function makeFloor(dist, folder) {
  cpSync(dist, folder, { recursive: true });
  for (const edition of ['', 'ru/', 'zh/']) {
    const page = join(folder, edition, 'index.html');
    if (existsSync(page)) writeFileSync(page, withoutScripts(readFileSync(page, 'utf8')));
  }
  return folder;
}
