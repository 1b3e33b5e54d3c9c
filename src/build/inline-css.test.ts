import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from './inline-css.ts';
import { hashSource } from './inline-html.ts';

const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; font-src 'self'"><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>`;
const css = `@font-face{src:url(./serif-1.woff2) format("woff2")}body{background:url("./x.png")}a{b:url(data:x)}`;

describe('inlineStylesheet', () => {
  const html = inlineStylesheet(page, (path) => (path === 'assets/index-abc.css' ? css : ''));

  it('replaces the stylesheet link with the CSS in a <style> element', () => {
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toMatch(/<style>@font-face/);
  });

  it('rebases relative URLs from the assets folder to the page', () => {
    expect(html).toContain('url(./assets/serif-1.woff2)');
    expect(html).toContain('url("./assets/x.png")');
    expect(html).toContain('url(data:x)');
  });

  it('allows exactly that style in the Content Security Policy by its SHA-256', () => {
    const inlined = /<style>(.*)<\/style>/s.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(inlined).digest('base64');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(hashSource(inlined)).toBe(`'sha256-${hash}'`);
  });

  it('extends a policy whose quotes are written as HTML entities', () => {
    const escaped = page.replaceAll("'", '&#39;');
    expect(inlineStylesheet(escaped, () => css)).toMatch(/style-src &#39;self&#39; &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
  });

  it('fails loudly when there is nothing to inline', () => {
    expect(() => inlineStylesheet('<head></head>', () => '')).toThrow(/no stylesheet link/);
  });
});
