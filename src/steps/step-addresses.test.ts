import { describe, expect, it } from 'vitest';
import { stepAddresses, stepFolder, stepHref } from './step-addresses.ts';

const [en, ru, zh] = [
  { path: '', lang: 'en' },
  { path: 'ru/', lang: 'ru' },
  { path: 'zh/', lang: 'zh-CN' },
];
const editions = [en, ru, zh];
/** Where a relative address from a page at `from` (a path from the site's root) lands. */
const from = (page: string, href: string) =>
  new URL(href, `https://example.org/site/${page}`).href.replace('https://example.org/site/', '');

describe('a step page’s addresses', () => {
  it('sit in a folder of their own under each edition', () => {
    expect(stepFolder(en, 'lazada')).toBe('steps/lazada/');
    expect(stepFolder(ru, 'lazada')).toBe('ru/steps/lazada/');
  });

  it('lead to the same step in another edition, one folder further up from a translated edition', () => {
    expect(stepHref(en, ru, 'lazada')).toBe('../../ru/steps/lazada/');
    expect(stepHref(ru, en, 'lazada')).toBe('../../../steps/lazada/');
    expect(from('zh/steps/lazada/', stepHref(zh, ru, 'lazada'))).toBe('ru/steps/lazada/');
  });

  it('without a public address, give what others keep relative to the page, and no canonical', () => {
    const kept = stepAddresses(ru, editions, 'moscow', undefined);
    expect(kept.canonical).toBeUndefined();
    expect(kept.story).toBeUndefined();
    expect([kept.shareImage, kept.oembed, kept.embed]).toEqual(['share.png', 'oembed.json', './?mode=embed']);
    expect(from('ru/steps/moscow/', kept.pymParent)).toBe('vendor/pym.v1.min.js');
    expect(kept.alternates.map(({ lang, href }) => `${lang} ${from('ru/steps/moscow/', href)}`)).toEqual([
      'en steps/moscow/',
      'ru ru/steps/moscow/',
      'zh-CN zh/steps/moscow/',
      'x-default steps/moscow/',
    ]);
  });

  it('under a public address (with or without its final slash), give them absolute', () => {
    for (const site of ['https://example.org/news/cross-border', 'https://example.org/news/cross-border/']) {
      const kept = stepAddresses(zh, editions, 'moscow', site);
      expect(kept.canonical).toBe('https://example.org/news/cross-border/zh/steps/moscow/');
      expect(kept.story).toBe('https://example.org/news/cross-border/zh/');
      expect(kept.shareImage).toBe('https://example.org/news/cross-border/zh/steps/moscow/share.png');
      expect(kept.oembed).toBe('https://example.org/news/cross-border/zh/steps/moscow/oembed.json');
      expect(kept.embed).toBe('https://example.org/news/cross-border/zh/steps/moscow/?mode=embed');
      expect(kept.pymParent).toBe('https://example.org/news/cross-border/vendor/pym.v1.min.js');
      expect(kept.alternates.at(-1)).toEqual({ lang: 'x-default', href: 'https://example.org/news/cross-border/steps/moscow/' });
    }
  });
});
