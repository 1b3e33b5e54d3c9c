// The page's <head> metadata, made from the story data: title, description, canonical and share tags.
import type { HtmlTagDescriptor } from 'vite';
import type { Story } from '#src/data/validate.ts';

/** The share image in public/, 1200x630, committed; made by `npm run share-image` (e2e/support/share-image/). */
export const shareImage = {
  file: 'share.png',
  width: 1200,
  height: 630,
  alt: 'The headline and standfirst beside a map of Eurasia with Russia highlighted and Moscow marked.',
};

/**
 * @param siteUrl the story's public address (SITE_URL at build), used for the canonical link and the
 *   absolute share-image URL that social networks need; without it those tags are left out or relative.
 */
export function headTags(story: Story, siteUrl: string | undefined): HtmlTagDescriptor[] {
  const { headline, dek, kicker } = story.meta;
  const title = `${headline} · ${kicker}`;
  const base = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : undefined;
  const image = base ? new URL(shareImage.file, base).href : shareImage.file;
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head' });
  return [
    { tag: 'title', children: title, injectTo: 'head-prepend' },
    meta({ name: 'description', content: dek }),
    ...(base ? [{ tag: 'link', attrs: { rel: 'canonical', href: base }, injectTo: 'head' } as HtmlTagDescriptor] : []),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:title', content: headline }),
    meta({ property: 'og:description', content: dek }),
    ...(base ? [meta({ property: 'og:url', content: base })] : []),
    meta({ property: 'og:image', content: image }),
    meta({ property: 'og:image:width', content: String(shareImage.width) }),
    meta({ property: 'og:image:height', content: String(shareImage.height) }),
    meta({ property: 'og:image:alt', content: shareImage.alt }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:title', content: headline }),
    meta({ name: 'twitter:description', content: dek }),
    meta({ name: 'twitter:image', content: image }),
    meta({ name: 'twitter:image:alt', content: shareImage.alt }),
  ];
}

/**
 * The Content Security Policy: everything from the site's own origin only. Nothing inline runs or applies
 * unless the build allowed it by its hash: the one inline script, the page's entry (inline-entry.ts), and
 * the one inline style, the page's CSS (inline-css.ts). The inline story data is `type="application/json"`,
 * which is never executed. `frame-ancestors`
 * cannot be set in a meta tag, and embedding in other sites' pages is wanted anyway.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
