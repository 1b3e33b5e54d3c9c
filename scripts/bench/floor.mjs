// The bench's floor: the same prerendered page with its scripts taken out. What the page costs beyond
// its own HTML, CSS and fonts is measured against it, in the same run, as ratios.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dataIsland = /<script\b[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/gi;
const script = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const modulePreload = /<link\b[^>]*rel="modulepreload"[^>]*>/gi;
const dataPreload = /<link\b[^>]*rel="preload"[^>]*as="fetch"[^>]*>/gi;

/** An HTML comment exactly as long as `text` in bytes (`text` is the ASCII of a script tag or link). */
const placeholder = (text) => `<!--${' '.repeat(Math.max(0, Buffer.byteLength(text) - 7))}-->`;

/**
 * The page's HTML with nothing for scripts: the JSON data islands, which only the scripts read, are
 * removed (their bytes count against the page), and each script element, `modulepreload` link and data
 * preload (`as="fetch"`, for the scripts to read) becomes an HTML comment of the same length, so that the
 * story's every byte sits where it sits in the page.
 * The first paint shows what has arrived when it happens; in observed traces a 77-byte script tag was
 * enough to move the end of the Russian headline from before that moment to after it, and the page's
 * LCP one frame (80-100 ms at 4x CPU) behind a floor without the tag, with no script having run.
 * @param {string} html
 */
export function withoutScripts(html) {
  return html.replace(dataIsland, '').replace(script, placeholder).replace(modulePreload, placeholder).replace(dataPreload, placeholder);
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
    if (!existsSync(page)) continue;
    const html = Buffer.from(withoutScripts(readFileSync(page, 'utf8')));
    writeFileSync(page, html);
    // The server prefers the build's compressed copies: they are made again from the floor's page, as the
    // build makes them (src/build/hosting/precompress.ts), or the floor would be served the page's HTML.
    writeFileSync(`${page}.br`, brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${page}.gz`, gzipSync(html, { level: 9 }));
  }
  return folder;
}
