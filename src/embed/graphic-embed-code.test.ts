import { describe, expect, it } from 'vitest';
import { graphicIframeCode, graphicPymCode, type GraphicEmbed } from './graphic-embed-code.ts';

const embed: GraphicEmbed = {
  src: 'https://example.org/news/cross-border/steps/lazada/?mode=embed',
  title: 'April · Cross-border',
  stepId: 'lazada',
  pymParent: 'https://example.org/news/cross-border/vendor/pym.v1.min.js',
  height: 700,
};

describe('a graphic’s embed codes', () => {
  it('with Pym.js, load the parent from the story’s site into an element named for the step, with no scroll tracking', () => {
    const code = graphicPymCode(embed);
    expect(code).toContain('<div id="cross-border-lazada"></div>');
    expect(code).toContain(`<script src="${embed.pymParent}"></script>`);
    expect(code).toContain(`new pym.Parent("cross-border-lazada", "${embed.src}", { title: "April · Cross-border" })`);
    expect(code).not.toContain('trackscroll');
  });

  it('as a plain iframe, give the frame its height and title', () => {
    expect(graphicIframeCode(embed)).toBe(
      `<iframe src="${embed.src}" width="100%" height="700" style="border:0" title="April · Cross-border"></iframe>`,
    );
  });

  it('keep a title that could break out of the markup inside its attribute or string', () => {
    const hostile = { ...embed, title: '"><script>alert(1)</script>' };
    expect(graphicIframeCode(hostile)).toContain('title="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(graphicPymCode(hostile)).not.toContain('</script><script>alert');
  });
});
