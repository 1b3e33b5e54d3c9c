// What putting a file's text into the page needs, wherever it is done (inline-css.ts and
// the offline file, offline/): the Content Security Policy hash that allows exactly that text, and a
// script's text made safe inside a <script> element.
import { createHash } from 'node:crypto';

/** The CSP hash source that allows an inline `<script>` or `<style>` whose content is `text`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page with `text`'s hash added after `'self'` in the policy's `directive`.
 * @param who names the caller in the error, e.g. "inline-css"
 */
export function allowByHash(html: string, directive: 'script-src' | 'style-src', text: string, who: string): string {
  // The policy sits in an attribute, where Vite writes the quotes as &#39;.
  const withPolicy = html.replace(new RegExp(`${directive} ('self'|&#39;self&#39;)`), (match, self: string) => {
    const hash = hashSource(text);
    return `${match} ${self.startsWith('&') ? hash.replaceAll("'", '&#39;') : hash}`;
  });
  if (withPolicy === html) throw new Error(`${who}: the page's Content Security Policy has no ${directive} 'self' to extend`);
  return withPolicy;
}

/** The page's one `<script type="module" src="./…">` tag and its path relative to the page. */
export function moduleScriptTag(html: string, who: string): { tag: string; path: string } {
  const tags = [...html.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/g)];
  const [tag, path] = tags[0] ?? [];
  if (tags.length !== 1 || !tag || !path) throw new Error(`${who}: expected one module script in the page, found ${tags.length}`);
  return { tag, path };
}

/**
 * A script's code made safe inside a `<script>` element: `</script` is written `<\/script`, which means
 * the same in a JS string, template or regex and no longer ends the element.
 */
export function scriptText(code: string, who: string): string {
  // "<!--" would put the HTML parser in a state where a later "<script" in the code can hide the end tag.
  if (code.includes('<!--')) throw new Error(`${who}: the script contains "<!--", which cannot be inlined safely`);
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
