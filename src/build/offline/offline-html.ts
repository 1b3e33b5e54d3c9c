// Folds the offline build's prerendered page and its files into one HTML file that loads nothing: the
// script, the styles (with the fonts) and the icon inline, the map frame as inline data, a policy to match.
import { inlineMapFrameId } from '#src/graphics/map/frame-format.ts';
import { serializeInlineData } from '#src/app/inline-data.ts';
import { fileDataUrl } from './file-data-url.ts';
import { moduleScriptTag, scriptText } from '#src/build/inline-html.ts';
import { offlinePolicy, withPolicy } from './offline-csp.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import { downloadFiles } from '#src/lib/downloads.ts';
import { textDataUrl } from '#src/lib/data-url.ts';

/** Reads a file of the offline build by its path relative to the page ("assets/index-x.js"). */
export type ReadFile = (path: string) => Buffer;

/** Preload hints go: what they would fetch is in the page now. So do the links to the other editions' pages, which an
 * offline file, opened on its own, does not have beside it. */
function dropPreloads(html: string): string {
  return html.replace(/\s*<link rel="(?:(?:module)?preload|alternate)"[^>]*>/g, '');
}

/** The one module script, inline (its text made safe by inline-html.ts). */
function inlineScript(html: string, read: ReadFile): string {
  const { tag, path } = moduleScriptTag(html, 'offline');
  const code = scriptText(read(path).toString('utf8'), `offline: ${path}`);
  return html.replace(tag, () => `<script type="module">${code}</script>`);
}

/** Stylesheet links (the `<noscript>` one; the site's own CSS is inline already) become `<style>` elements. */
function inlineStylesheets(html: string, read: ReadFile): string {
  return html.replace(/<link rel="stylesheet" href="\.\/([^"]+)"\s*\/?>/g, (_, path: string) => {
    const css = read(path)
      .toString('utf8')
      .replace(/<\/style/gi, '<\\/style');
    return `<style>${css}</style>`;
  });
}

/**
 * Page-relative `url()`s in the styles (the fonts), `<link>` hrefs (the icon) and images' sources (the
 * printed handout's graphics) become data: URLs.
 */
function inlineFiles(html: string, read: ReadFile): string {
  return html
    .replace(/(<img\b[^>]*\ssrc=")([^":]+)"/g, (_, start: string, path: string) => `${start}${fileDataUrl(path, read(path))}"`)
    .replace(/url\((['"]?)\.\/([^'")]+)\1\)/g, (_, _quote: string, path: string) => `url(${fileDataUrl(path, read(path))})`)
    .replace(/(<link\b[^>]*\shref=")\.\/([^"]+)"/g, (_, start: string, path: string) => `${start}${fileDataUrl(path, read(path))}"`);
}

/** Addresses outside the script that the browser would load by itself (a link the reader clicks is not one). */
export function loadedAddresses(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  const links = [...markup.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/\srel="canonical"/.test(tag));
  return [
    ...[...markup.matchAll(/\ssrc(?:set)?="([^"]*)"/g)].map((m) => m[1] ?? ''),
    ...links.map((tag) => /\shref="([^"]*)"/.exec(tag)?.[1] ?? ''),
    ...[...markup.matchAll(/url\(\s*['"]?([^'")]*)/g)].map((m) => m[1] ?? ''),
  ].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/**
 * The offline file from the offline build's prerendered `index.html` (which has the story and its data
 * inline already) and the build's files.
 * @throws Error if the page would still load anything
 */
export function offlineHtml(page: string, read: ReadFile): string {
  const mapFrame = JSON.parse(read('data/map-frame.json').toString('utf8')) as unknown;
  const frame = `<script type="application/json" id="${inlineMapFrameId}">${serializeInlineData(mapFrame)}</script>`;
  const claims = JSON.parse(read('data/claims.json').toString('utf8')) as unknown;
  const receipts = `<script type="application/json" id="${pageIds.claimsData}">${serializeInlineData(claims)}</script>`;
  // The data files the site serves beside the page, the same bytes, as the links' own addresses.
  const urls = Object.fromEntries(
    downloadFiles.map((file) => [
      file,
      textDataUrl(file.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json', read(`data/${file}`).toString('utf8')),
    ]),
  );
  const downloads = `<script type="application/json" id="${pageIds.downloadsData}">${serializeInlineData(urls)}</script>`;
  const linked = Object.entries(urls).reduce((html, [file, url]) => html.replaceAll(`href="data/${file}"`, () => `href="${url}"`), page);
  // The bundle goes in last, so no rewrite of the markup can touch the code's own strings.
  const markup = inlineFiles(inlineStylesheets(dropPreloads(linked), read), read).replace(
    '</body>',
    () => `${frame}${receipts}${downloads}</body>`,
  );
  const whole = inlineScript(markup, read);
  const left = loadedAddresses(whole);
  if (left.length) throw new Error(`offline: the page would still load ${left.join(', ')}`);
  return withPolicy(whole, offlinePolicy(whole));
}
