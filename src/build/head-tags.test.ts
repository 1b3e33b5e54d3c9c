import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from '#test/support/english.ts';
import { escapeHtml, headTags, policyTag, withHeadTags } from './head-tags.ts';
import { editions } from '#test/support/edition.ts';

const [english, russian, chinese] = await editions();
/** The English page's head, made from a changed copy of its story. */
const englishWith = (meta: Partial<typeof raw.meta>) => ({ ...english!, story: storyWith(meta) });

const hostile = '</title><meta http-equiv="refresh" content="0;url=https://evil.example/">';
const storyWith = (meta: Partial<typeof raw.meta>) => parseStory({ ...raw, meta: { ...raw.meta, ...meta } });
const page = `<!doctype html><html><head>\n    <meta charset="UTF-8" />\n    <meta name="viewport" content="width=device-width" />\n  </head><body></body></html>`;

describe('head tags made from the story data', () => {
  it('puts markup in the headline into the title as text, not as elements', () => {
    const [title] = headTags(englishWith({ headline: hostile, kicker: 'K' }), undefined);
    expect(title).toBe(
      '<title>&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;&gt; · K</title>',
    );
  });

  it('writes a headline’s "&" as &amp; in the title and in every share tag, so readers see one "&"', () => {
    const tags = headTags(englishWith({ headline: 'Alibaba & Lazada', dek: { text: 'Tom & Jerry', basis: ['s1'] } }), undefined);
    expect(tags).toContain(`<title>Alibaba &amp; Lazada · ${escapeHtml(raw.meta.kicker)}</title>`);
    expect(tags).toContain('<meta property="og:title" content="Alibaba &amp; Lazada">');
    expect(tags).toContain('<meta name="twitter:title" content="Alibaba &amp; Lazada">');
    expect(tags).toContain('<meta name="description" content="Tom &amp; Jerry">');
    expect(tags.join('')).not.toMatch(/& /);
  });

  it('keeps quotes in the dek and in SITE_URL inside their attribute', () => {
    const tags = headTags(englishWith({ dek: { text: 'a "quoted" dek', basis: ['s1'] } }), 'https://example.org/a"b/');
    expect(tags).toContain('<meta property="og:description" content="a &quot;quoted&quot; dek">');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/a%22b/">');
    expect(tags.join('')).not.toContain('a"b');
  });

  it('gives each tag its own line, with exactly one element per line', () => {
    for (const tag of headTags(englishWith({ headline: hostile, dek: { text: hostile, basis: ['s1'] } }), 'https://example.org/x/')) {
      expect(tag.match(/</g), tag).toHaveLength(tag.startsWith('<title>') ? 2 : 1);
    }
  });
});

describe('where the head tags go', () => {
  it('puts the Content Security Policy right after <meta charset>, before the title and everything else', () => {
    const html = withHeadTags(page, [policyTag("default-src 'self'"), '<title>T</title>']);
    const tags = [...html.matchAll(/<(meta|title)\b[^>]*>/g)].map(([tag]) => tag);
    expect(tags).toEqual([
      '<meta charset="UTF-8" />',
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">',
      '<title>',
      '<meta name="viewport" content="width=device-width" />',
    ]);
  });

  it('refuses a page without <meta charset>', () => {
    expect(() => withHeadTags('<head></head>', ['<title>T</title>'])).toThrow(/no <meta charset>/);
  });
});

describe('each edition’s head', () => {
  it('links every edition by its language, x-default the English, relative to the page without SITE_URL', () => {
    const links = headTags(russian!, undefined).filter((tag) => tag.includes('rel="alternate"'));
    expect(links).toEqual([
      '<link rel="alternate" hreflang="en" href="../">',
      '<link rel="alternate" hreflang="ru" href="../ru/">',
      '<link rel="alternate" hreflang="zh-CN" href="../zh/">',
      '<link rel="alternate" hreflang="x-default" href="../">',
    ]);
  });

  it('gives each edition its own canonical address and share image (in its language) under SITE_URL', () => {
    const tags = headTags(chinese!, 'https://example.org/story');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/story/zh/">');
    expect(tags).toContain('<link rel="alternate" hreflang="en" href="https://example.org/story/">');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/story/zh/">');
    expect(tags).toContain('<meta property="og:locale" content="zh_CN">');
    expect(tags).toContain('<meta property="og:image" content="https://example.org/story/share-zh.png">');
    expect(headTags(english!, undefined)).toContain('<meta property="og:image" content="share.png">');
    expect(headTags(russian!, undefined)).toContain('<meta property="og:image" content="../share-ru.png">');
  });
});
