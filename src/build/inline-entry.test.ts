import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineEntryCode, inlineEntryScript } from './inline-entry.ts';

const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;"></head><body><div id="root"></div><script type="module" crossorigin src="./assets/index-abc.js"></script></body>`;
// The shape of the entry chunk: self-contained, its app code named in the page (src/app/app-code.ts).
const entry = 'const m=document.querySelector(`meta[name="app-code"]`);import(m.content);const s="</script>";const u="./not-a-file";';

describe('inlineEntryCode', () => {
  it('cannot end its <script> element early', () => {
    const code = inlineEntryCode(entry);
    expect(code).not.toMatch(/<\/script/i);
    expect(code).toContain('const s="<\\/script>"');
    expect(code).toContain('"./not-a-file"');
  });

  it('refuses an entry that names other files of the build, which would not resolve from the page', () => {
    expect(() => inlineEntryCode('import(`./start-x1.js`)')).toThrow(/start-x1\.js/);
    expect(() => inlineEntryCode('const d=["./index-y2.css"]')).toThrow(/index-y2\.css/);
  });

  it('refuses code that would confuse the HTML parser', () => {
    expect(() => inlineEntryCode('const a="<!--";')).toThrow(/<!--/);
  });
});

describe('inlineEntryScript', () => {
  const { html, inlined } = inlineEntryScript(page, (path) => (path === 'assets/index-abc.js' ? entry : ''));

  it('replaces the module script with an inline one and names the file nothing loads now', () => {
    expect(html).not.toContain(' src=');
    expect(html).toContain('<script type="module">const m=document.querySelector(');
    expect(inlined).toBe('assets/index-abc.js');
  });

  it('allows exactly that script in the Content Security Policy by its SHA-256', () => {
    const code = /<script type="module">(.*)<\/script>/s.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(code).digest('base64');
    expect(html).toContain(`script-src &#39;self&#39; &#39;sha256-${hash}&#39;;`);
  });

  it('fails loudly when the page has no single module script or no policy to extend', () => {
    expect(() => inlineEntryScript('<head></head>', () => entry)).toThrow(/found 0/);
    expect(() => inlineEntryScript(page.replace('script-src &#39;self&#39;; ', ''), () => entry)).toThrow(/script-src/);
  });
});
