// The step pages as the build writes them: a page and an oEmbed file per step and edition, each page with its
// one stylesheet allowed by its hash, its one script a file of the site, its receipts leading to its edition's
// source page.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStepPage } from '#src/steps/render-step-page.tsx';
import { elements } from '#test/support/markup.ts';
import { testSite } from '#test/support/edition.ts';
import { hashSource } from '../inline-html.ts';
import { stepPageFiles, stepPagesOf } from './step-pages.ts';

const root = resolve(import.meta.dirname, '../../..');
const site = testSite();
const pages = await site.pages();
const built = site.editions();
const script = 'assets/step-embed-mode-abc.js';
const filesAt = async (siteUrl: string | undefined) =>
  stepPageFiles(
    root,
    pages.flatMap((page, i) => stepPagesOf({ page, built: built[i]! }, script, siteUrl)),
    renderStepPage,
  );
const files = await filesAt(undefined);
const pageAt = (path: string) => files.find((f) => f.path === path)!.text;

it('writes a page and an oEmbed file for every step of every edition', () => {
  const expected = pages.flatMap((page) =>
    page.story.steps.flatMap((s) => [`${page.path}steps/${s.id}/index.html`, `${page.path}steps/${s.id}/oembed.json`]),
  );
  expect(files.map((f) => f.path).sort()).toEqual(expected.sort());
});

describe.each(pages.map((page) => [page.name, page] as const))('a step page in %s', (_, page) => {
  const html = pageAt(`${page.path}steps/lazada/index.html`);
  const up = page.path ? '../../../' : '../../';

  it('allows its one inline stylesheet by its hash, runs no inline script, and loads only the embed mode’s script', () => {
    const [style, ...others] = elements(html, 'style');
    expect(others).toEqual([]);
    const [policy] = elements(html, 'meta').filter((m) => m.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(policy?.attrs.content).toContain(`style-src 'self' ${hashSource(style!.inner)};`);
    expect(policy?.attrs.content).toContain("script-src 'self';");
    expect(elements(html, 'script').map((s) => [s.attrs.src, s.inner])).toEqual([[`${up}${script}`, '']]);
    expect(html).not.toMatch(/\son\w+=|\sstyle="/);
  });

  it('leads each receipt to its sentence on the edition’s source page, two folders up', () => {
    const marks = elements(html, 'a').filter((a) => a.attrs['data-receipt']);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.attrs.href).toMatch(/^\.\.\/\.\.\/source\/#s\d+$/);
  });
});

it('under a public address, gives the share image, canonical and embed codes absolute', async () => {
  const html = (await filesAt('https://example.org/x/')).find((f) => f.path === 'ru/steps/moscow/index.html')!.text;
  const meta = (key: string) => elements(html, 'meta').find((m) => m.attrs.property === key)?.attrs.content;
  expect(meta('og:image')).toBe('https://example.org/x/ru/steps/moscow/share.png');
  expect(meta('og:url')).toBe('https://example.org/x/ru/steps/moscow/');
  expect(elements(html, 'link').find((l) => l.attrs.rel === 'canonical')?.attrs.href).toBe('https://example.org/x/ru/steps/moscow/');
  expect(
    elements(html, 'textarea')
      .map((t) => t.text)
      .join('\n'),
  ).toContain('src="https://example.org/x/ru/steps/moscow/?mode=embed"');
});

it('writes a headline with markup in it into the head as inert text', async () => {
  const headline = 'Alibaba & co</title><meta http-equiv="refresh" content=";url=https://evil.example/">';
  const [page] = pages;
  const hostile = { ...page!, story: { ...page!.story, meta: { ...page!.story.meta, headline } } };
  const [first] = stepPagesOf({ page: hostile, built: built[0]! }, script, undefined);
  const [html] = (await stepPageFiles(root, [first!], renderStepPage)).map((f) => f.text);
  const head = html!.slice(0, html!.indexOf('</head>'));
  expect(elements(head, 'title').map((t) => t.text)).toEqual([expect.stringContaining(headline)]);
  expect(elements(head, 'meta').flatMap((m) => m.attrs['http-equiv'] ?? [])).toEqual(['Content-Security-Policy']);
  expect(head).not.toContain(headline);
});
