// The offline file's Content Security Policy: it loads nothing from anywhere, and runs and applies only
// its own inline script and styles, each allowed by its SHA-256 (as the site's page does: inline-html.ts).
import { hashSource } from '#src/build/inline-html.ts';

const element = (tag: string) => new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');

/** The text of every inline `<tag>` in the page; for scripts, only those that run (not JSON data). */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(element(tag))]
    .filter(([, attrs = '']) => !/\stype="application\/json"/.test(attrs))
    .map(([, , text = '']) => text);
}

/**
 * The policy for a page whose scripts and styles are all inline: each allowed by its hash (a script's is
 * made as a style's; the `<noscript>` style's counts when scripts are off), fonts and images (the icon)
 * from `data:` URLs only, and no connections.
 */
export function offlinePolicy(html: string): string {
  const hashes = (texts: string[]) => (texts.length ? texts.map(hashSource).join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${hashes(inlineTexts(html, 'script'))}`,
    `style-src ${hashes(inlineTexts(html, 'style'))}`,
    'font-src data:',
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const policyMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** The page with its policy meta (which the site's build wrote first thing in <head>) set to `policy`. */
export function withPolicy(html: string, policy: string): string {
  if (!policyMeta.test(html)) throw new Error('offline: the page has no Content Security Policy meta to replace');
  return html.replace(policyMeta, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
