// Puts the built stylesheet into the page itself, so the first paint waits for no second request, and
// returns the hash the Content Security Policy needs to allow exactly that <style> element.
import { createHash } from 'node:crypto';

const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)"\s*\/?>/;

/** The CSP source that allows an inline `<style>` whose content is `css`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Replaces the page's stylesheet link with a `<style>` holding the file's CSS, with its relative `url()`s
 * rebased from the stylesheet's folder to the page's, and adds the style's hash to the policy's style-src.
 * @param read reads a file of the build by its path relative to the page (e.g. "assets/index-x.css")
 */
export function inlineStylesheet(html: string, read: (path: string) => string): string {
  const link = stylesheetLink.exec(html);
  if (!link?.[1]) throw new Error('inline-css: the page has no stylesheet link to inline');
  const folder = link[1].slice(0, link[1].lastIndexOf('/') + 1);
  const css = read(link[1]).replace(/url\((['"]?)\.\/(?!\/)/g, `url($1./${folder}`).replace(/<\/style/gi, '<\\/style');
  // The policy sits in an attribute, where Vite writes the quotes as &#39;.
  const withPolicy = html.replace(/style-src ('self'|&#39;self&#39;)/, (match, self: string) => {
    const hash = styleHash(css);
    return `${match} ${self.startsWith('&') ? hash.replaceAll("'", '&#39;') : hash}`;
  });
  if (withPolicy === html) throw new Error("inline-css: the page's Content Security Policy has no style-src 'self' to extend");
  return withPolicy.replace(link[0], () => `<style>${css}</style>`);
}
