import { describe, expect, it } from 'vitest';
import { embedUrl, iframeEmbedCode, pymEmbedCode } from './embed-code.ts';

const story = 'https://example.org/news/cross-border/?utm=x#moscow';
const root = 'https://example.org/news/cross-border/';

describe('embed codes', () => {
  it('point at the embed address, at any sub-path, optionally at a step', () => {
    expect(embedUrl(story)).toBe('https://example.org/news/cross-border/?mode=embed');
    expect(embedUrl(story, 'lazada')).toBe('https://example.org/news/cross-border/?mode=embed#lazada');
  });

  it('load the Pym.js parent from the story’s own site, with scroll tracking', () => {
    const code = pymEmbedCode(story, root, 'Cross-border');
    expect(code).toContain('<script src="https://example.org/news/cross-border/vendor/pym.v1.min.js"></script>');
    expect(code).toContain('new pym.Parent(\'cross-border\', "https://example.org/news/cross-border/?mode=embed", { trackscroll: true');
  });

  it('load it from the site’s root in an edition’s folder, where the edition’s own story is embedded', () => {
    const code = pymEmbedCode(`${root}ru/#lazada`, root, 'Трансграничная');
    expect(code).toContain('<script src="https://example.org/news/cross-border/vendor/pym.v1.min.js"></script>');
    expect(code).toContain('"https://example.org/news/cross-border/ru/?mode=embed"');
  });

  it('escape a title that could break out of the markup', () => {
    expect(iframeEmbedCode(story, 'A "quoted" <title>')).toContain('title="A &quot;quoted&quot; &lt;title>"');
    expect(pymEmbedCode(story, root, '</script><script>alert(1)</script>')).not.toContain('</script><script>alert');
  });
});
