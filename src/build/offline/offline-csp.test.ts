import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineTexts, offlinePolicy, withPolicy } from './offline-csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = [
  `<head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`,
  `<noscript><style>a{b:c}</style></noscript><script type="module">run()</script><style>body{margin:0}</style></head>`,
  `<body><script type="application/json" id="edition">{"a":1}</script></body>`,
].join('');

describe('offline policy', () => {
  it('finds the inline scripts that run, leaving out JSON data', () => {
    expect(inlineTexts(page, 'script')).toEqual(['run()']);
    expect(inlineTexts(page, 'style')).toEqual(['a{b:c}', 'body{margin:0}']);
  });

  it('allows exactly those scripts and styles by SHA-256, fonts and images from data: only, and nothing else', () => {
    const directives = offlinePolicy(page).split('; ');
    expect(directives).toEqual([
      "default-src 'none'",
      `script-src ${sha('run()')}`,
      `style-src ${sha('a{b:c}')} ${sha('body{margin:0}')}`,
      'font-src data:',
      'img-src data:',
      "connect-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  it("says 'none' where the page has nothing of a kind, never an empty list", () => {
    expect(offlinePolicy('<p>text</p>')).toContain("script-src 'none'; style-src 'none'");
  });

  it('replaces the site’s policy in the page', () => {
    const html = withPolicy(page, "default-src 'none'");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    expect(html).not.toContain('self');
  });

  it('fails loudly on a page with no policy to replace', () => {
    expect(() => withPolicy('<head></head>', "default-src 'none'")).toThrow(/no Content Security Policy/);
  });
});
