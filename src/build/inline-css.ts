// Puts the built stylesheet into the page itself, so the first paint waits for no second request, and
// adds to the Content Security Policy the hash that allows exactly that <style> element.
import { allowByHash } from './inline-html.ts';

const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)"\s*\/?>/;

/**
 * Replaces the page's stylesheet link with a `<style>` holding the file's CSS, with its relative `url()`s
 * rebased from the stylesheet's folder to the page's, and adds the style's hash to the policy's style-src.
 * @param read reads a file of the build by its path relative to the site's root (e.g. "assets/index-x.css")
 * @param toRoot the way from the page's folder to the site's root: "./", or "../" for an edition's page
 */
export function inlineStylesheet(html: string, read: (path: string) => string, toRoot = './'): string {
  const link = stylesheetLink.exec(html);
  if (!link?.[1]) throw new Error('inline-css: the page has no stylesheet link to inline');
  const folder = link[1].slice(0, link[1].lastIndexOf('/') + 1);
  const css = read(link[1])
    .replace(/url\((['"]?)\.\/(?!\/)/g, `url($1${toRoot}${folder}`)
    .replace(/<\/style/gi, '<\\/style');
  return allowByHash(html, 'style-src', css, 'inline-css').replace(link[0], () => `<style>${css}</style>`);
}
