// Puts the page's entry script (src/app/main.ts, about 2 KB) into the page itself, allowed by its hash in
// the Content Security Policy.
//
// The entry is the only code the page runs before its first paint: it marks the page's mode for the CSS
// and, once the first paint is on screen, fetches the app's code and the fonts. As a file of its own it was
// a request that always finished before the first paint, so Lighthouse's simulation, which counts in the
// LCP every request that finished before it, put a whole extra round trip into the LCP. Inline, it adds
// about 1 KB to an HTML document that needs two round trips of data either way.
import { allowByHash, moduleScriptTag, scriptText } from './inline-html.ts';

/**
 * The entry chunk's code made safe to run inline (inline-html.ts). It must not name other chunks: relative
 * to the page instead of the assets folder, the addresses would be wrong (the app's code is named in the
 * page instead: src/build/app-code-plugin.ts).
 */
export function inlineEntryCode(code: string): string {
  const sibling = /(["'`])\.\/[\w.-]+\.(?:js|css)\1/.exec(code);
  if (sibling)
    throw new Error(`inline-entry: the entry names another file of the build (${sibling[0]}), which would not resolve from the page`);
  return scriptText(code, 'inline-entry');
}

/**
 * Replaces the page's one module script with an inline copy and adds its hash to the policy's script-src;
 * gives the page and the path of the script's file (relative to the page), which nothing loads now.
 * @param read reads a file of the build by its path relative to the page (e.g. "assets/index-x.js")
 */
export function inlineEntryScript(html: string, read: (path: string) => string): { html: string; inlined: string } {
  const { tag, path } = moduleScriptTag(html, 'inline-entry');
  const code = inlineEntryCode(read(path));
  return {
    html: allowByHash(html, 'script-src', code, 'inline-entry').replace(tag, () => `<script type="module">${code}</script>`),
    inlined: path,
  };
}
