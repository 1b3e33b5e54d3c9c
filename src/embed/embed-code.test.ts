import { describe, expect, it } from 'vitest';
import { embedUrl, graphicEmbedCode, iframeEmbedCode, pymEmbedCode } from './embed-code.ts';

const story = 'https://example.org/news/cross-border/?utm=x#moscow';

describe('embed codes', () => {
  it('point at the embed address, at any sub-path, optionally at a step', () => {
    expect(embedUrl(story)).toBe('https://example.org/news/cross-border/?mode=embed');
    expect(embedUrl(story, 'lazada')).toBe('https://example.org/news/cross-border/?mode=embed#lazada');
  });

  it('load the Pym.js parent from the story’s own site, with scroll tracking', () => {
    const code = pymEmbedCode(story, 'Cross-border');
    expect(code).toContain('<script src="https://example.org/news/cross-border/vendor/pym.v1.min.js"></script>');
    expect(code).toContain('new pym.Parent(\'cross-border\', "https://example.org/news/cross-border/?mode=embed", { trackscroll: true');
  });

  it('give one step’s graphic alone from its step page, in an element of its own, with no scroll tracking', () => {
    const code = graphicEmbedCode(story, 'Cross-border', 'china-post');
    expect(code).toContain('<div id="cross-border-china-post"');
    expect(code).toContain(
      'new pym.Parent(\'cross-border-china-post\', "https://example.org/news/cross-border/steps/china-post/?mode=embed", {',
    );
    expect(code).not.toContain('trackscroll');
  });

  it('escape a title that could break out of the markup', () => {
    expect(iframeEmbedCode(story, 'A "quoted" <title>')).toContain('title="A &quot;quoted&quot; &lt;title>"');
    expect(pymEmbedCode(story, '</script><script>alert(1)</script>')).not.toContain('</script><script>alert');
    expect(graphicEmbedCode(story, '</script><script>alert(1)</script>', 'lazada')).not.toContain('</script><script>alert');
  });
});
