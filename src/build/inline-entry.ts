// Puts the page's entry script (src/app/main.ts, about 2 KB) into the page itself, allowed by its hash in
// the Content Security Policy.
//
// The entry is the only code the page runs before its first paint: it marks the page's mode for the CSS
// and, once the first paint is on screen, fetches the app's code and the fonts. As a file of its own it was
// a request that always finished before the first paint, so Lighthouse's simulation, which counts in the
// LCP every request that finished before it, put a whole extra round trip into the LCP. Inline, it adds
// about 1 KB to an HTML document that needs two round trips of data either way.
import { styleHash } from './inline-css';

const moduleScript = /<script type="module"[^>]*\ssrc="\.\/([^"]+\.js)"[^>]*><\/script>/g;

/**
 * The entry chunk's code made safe to run inline. It must not name other chunks: relative to the page
 * instead of the assets folder, the addresses would be wrong (the app's code is named in the page instead:
 * src/build/app-code-plugin.ts). `</script` is written `<\/script` (the same in any JS string, template
 * or regex).
 */
export function inlineEntryCode(code: string): string {
  const sibling = /(["'`])\.\/[\w.-]+\.(?:js|css)\1/.exec(code);
  if (sibling) throw new Error(`inline-entry: the entry names another file of the build (${sibling[0]}), which would not resolve from the page`);
  // "<!--" would put the HTML parser in a state where a later "<script" in the code can hide the end tag.
  if (code.includes('<!--')) throw new Error('inline-entry: the entry contains "<!--", which cannot be inlined safely');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * Replaces the page's one module script with an inline copy and adds its hash to the policy's script-src;
 * gives the page and the path of the script's file (relative to the page), which nothing loads now.
 * @param read reads a file of the build by its path relative to the page (e.g. "assets/index-x.js")
 */
export function inlineEntryScript(html: string, read: (path: string) => string): { html: string; inlined: string } {
  const tags = [...html.matchAll(moduleScript)];
  const [tag, path] = tags[0] ?? [];
  if (tags.length !== 1 || !tag || !path) throw new Error(`inline-entry: expected one module script in the page, found ${tags.length}`);
  const code = inlineEntryCode(read(path));
  // The policy sits in an attribute, where Vite writes the quotes as &#39;.
  const withPolicy = html.replace(/script-src ('self'|&#39;self&#39;)/, (match, self: string) => {
    const hash = styleHash(code);
    return `${match} ${self.startsWith('&') ? hash.replaceAll("'", '&#39;') : hash}`;
  });
  if (withPolicy === html) throw new Error("inline-entry: the page's Content Security Policy has no script-src 'self' to extend");
  return { html: withPolicy.replace(tag, () => `<script type="module">${code}</script>`), inlined: path };
}
