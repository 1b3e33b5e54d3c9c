import { describe, expect, it } from 'vitest';
import { inlineTexts } from './offline-csp.ts';
import { loadedAddresses, offlineHtml } from './offline-html.ts';

// The shape of the offline build's prerendered index.html, with its files.
const page = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;">
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<noscript><link rel="stylesheet" href="./noscript.css" /></noscript>
<script type="module" fetchpriority="low" crossorigin src="./assets/index-abc.js"></script>
<style>@font-face{src:url(./assets/serif-1.woff2) format("woff2")}</style>
<link rel="preload" as="font" type="font/woff2" href="./assets/serif-1.woff2" crossorigin>
</head><body><div id="root"><h1>Story</h1><a href="#sources">Sources</a> <a href="https://example.org/report">Report</a> <a href="data/cross-border-figures.csv" download="cross-border-figures.csv">CSV</a></div><script type="application/json" id="edition">{}</script></body></html>`;
const files: Record<string, string> = {
  'assets/index-abc.js': 'const tag = "</script>", css = "url(./kept.png)"; start();',
  'noscript.css': 'figure{opacity:1}',
  'favicon.svg': '<svg/>',
  'assets/serif-1.woff2': 'wOF2',
  'data/map-frame.json': '{"countries":[{"name":"</script>"}]}',
  'data/claims.json': '{"claims":[]}',
  'data/cross-border-figures.csv': 'id,label\r\nvolume-2015-cny,"Volume, 2015"\r\n',
  'data/cross-border-figures.json': '{"figures":[]}',
};
const read = (path: string) => {
  const file = files[path];
  if (file === undefined) throw new Error(`no file ${path}`);
  return Buffer.from(file);
};

describe('offlineHtml', () => {
  const html = offlineHtml(page, read);

  it('puts the bundle inline as the one module script, with "</script" in it made harmless and its strings otherwise untouched', () => {
    expect(inlineTexts(html, 'script')).toEqual(['const tag = "<\\/script>", css = "url(./kept.png)"; start();']);
    expect(html).not.toContain('src="./assets/index-abc.js"');
  });

  it('inlines the <noscript> stylesheet, and the fonts and the icon as data: URLs', () => {
    expect(html).toContain('<noscript><style>figure{opacity:1}</style></noscript>');
    expect(html).toContain('url(data:font/woff2;base64,d09GMg==) format("woff2")');
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" type="image/svg+xml" />');
  });

  it('drops the preloads, whose files are in the page now', () => {
    expect(html).not.toContain('rel="preload"');
  });

  it('adds the map frame as inline JSON that no "<" in it can end early', () => {
    expect(html).toContain('<script type="application/json" id="map-frame-data">{"countries":[{"name":"\\u003c/script>"}]}</script>');
  });

  it('makes the data downloads’ links carry the files the site serves, and gives the page their addresses', () => {
    const csv = 'data:text/csv;charset=utf-8,id%2Clabel%0D%0Avolume-2015-cny%2C%22Volume%2C%202015%22%0D%0A';
    expect(html).toContain(`<a href="${csv}" download="cross-border-figures.csv">`);
    expect(html).toContain(`"cross-border-figures.csv":"${csv}"`);
  });

  it('replaces the site’s policy with one for exactly its inline script and styles', () => {
    expect(html).toMatch(
      /content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+' 'sha256-[^']+'; font-src data:;/,
    );
  });

  it('leaves nothing for the browser to load, while links the reader may click stay', () => {
    expect(loadedAddresses(html)).toEqual([]);
    expect(html).toContain('<a href="https://example.org/report">');
  });

  it('fails the build if anything would still be loaded', () => {
    const other = '<img src="https://example.org/share.png">';
    expect(() => offlineHtml(page.replace('</body>', `${other}</body>`), read)).toThrow(
      /would still load https:\/\/example\.org\/share\.png/,
    );
  });

  it('fails the build unless the page has exactly one module script', () => {
    expect(() => offlineHtml(page.replace(/<script type="module"[^>]*><\/script>/, ''), read)).toThrow(/one module script.*found 0/);
  });
});

describe('loadedAddresses', () => {
  it('lists sources, stylesheet and icon links and CSS url()s, but not data: URLs, fragments, canonical links or script text', () => {
    const markup = [
      '<img src="a.png"><img src="data:image/png;base64,AA"><link rel="stylesheet" href="b.css"><link rel="canonical" href="https://x.org/">',
      '<style>p{background:url("c.png")}</style><svg><path marker-end="url(#arrow)"/></svg><script>load("d.js")</script>',
    ].join('');
    expect(loadedAddresses(markup)).toEqual(['a.png', 'b.css', 'c.png']);
  });
});
