// A stranger's article on another origin that embeds the story, for the embed tests: served from its own
// small server on another port (a page Playwright answered itself would count as a public page, which
// Chromium does not let load scripts from 127.0.0.1).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';

const filler = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p>Host article paragraph ${i + 1}. ${'Lorem ipsum dolor sit amet. '.repeat(12)}</p>`).join(
    '\n',
  );

/**
 * Opens a host article with the story embedded in the middle: through the real Pym.js parent (served by
 * the story's own site, with `trackscroll`), or as a plain iframe of a fixed height; `sandbox` gives the
 * frame that attribute, as WordPress gives its oEmbed frames ("allow-scripts", no "allow-same-origin");
 * `address` embeds another page of the site than the story (a step's page, "steps/lazada/"). Gives the
 * story's frame once `ready` is in it (storyFrame).
 */
export async function openHostPage(
  page: Page,
  storyUrl: string,
  embed: 'pym' | 'plain',
  { sandbox, address = './', ready }: { sandbox?: string; address?: string; ready?: string } = {},
): Promise<Frame> {
  const story = new URL(`${address}?mode=embed`, storyUrl).href;
  const pym = new URL('./vendor/pym.v1.min.js', storyUrl).href;
  const options = { trackscroll: true, ...(sandbox !== undefined && { sandbox }) };
  const embedCode =
    embed === 'pym'
      ? `<div id="story"></div><script src="${pym}"></script>
         <script>window.pymParent = new pym.Parent('story', ${JSON.stringify(story)}, ${JSON.stringify(options)});</script>`
      : `<iframe id="plain" src="${story}" width="100%" height="600" style="border:0" title="Cross-border"${
          sandbox === undefined ? '' : ` sandbox="${sandbox}"`
        }></iframe>`;
  await openHostArticle(page, embedCode);
  return storyFrame(page, ready);
}

/**
 * Opens a host article with `embedCode`, an editor's HTML (an oEmbed file's `html`), in the middle. Its
 * server stops when the page closes (at the latest, when the test ends).
 */
export async function openHostArticle(page: Page, embedCode: string): Promise<void> {
  const html = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Host article</title><style>body{margin:0 auto;max-width:760px;font:18px/1.5 Georgia,serif;padding:0 16px}</style></head>
    <body><h1>A host article</h1>${filler(8)}${embedCode}${filler(8)}</body></html>`;
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  page.once('close', () => server.close());
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`);
}

/** The host article's one frame, once `ready` (a selector) is in it: by default, once the story is live. */
export async function storyFrame(page: Page, ready = 'html[data-live]'): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await frame!.locator(ready).waitFor({ state: 'attached' });
  return frame!;
}
