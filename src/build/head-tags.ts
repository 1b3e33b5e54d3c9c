// The page's <head>: the Content Security Policy first, then the title, description, canonical and share
// tags made from the story data. Everything from the data (and SITE_URL) goes in as text, escaped here.
import type { Edition, EditionLink } from '#src/edition/edition.ts';
import { editionHref } from '#src/edition/edition-href.ts';

/** What the head is made from: an edition's story and its place among the editions. */
type HeadEdition = Pick<Edition, 'code' | 'path' | 'locale' | 'story' | 'editions'>;

/**
 * The share image at the site's root, 1200x630, one per edition in its language (share.png, share-ru.png,
 * share-zh.png), made by the build (src/build/images/).
 */
export const shareImage = {
  file: (edition: Pick<EditionLink, 'code'>) => (edition.code === 'en' ? 'share.png' : `share-${edition.code}.png`),
  width: 1200,
  height: 630,
};

/**
 * The Content Security Policy: everything from the site's own origin only. Nothing inline runs or applies
 * unless the build allowed it by its hash: the one inline style, the page's CSS (inline-css.ts). The inline
 * story data is `type="application/json"`, which is never executed. `frame-ancestors` cannot be set in a
 * meta tag, and embedding in other sites' pages is wanted anyway.
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

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe anywhere in HTML: element content (a `<title>`, which ends only at `</title>`) and quoted
 * attribute values. `&` goes first of all, so a headline's "&" reaches readers as "&", and markup as text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

type Attributes = Record<string, string>;
const element = (tag: string, attrs: Attributes) =>
  `<${tag}${Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')}>`;
const meta = (attrs: Attributes) => element('meta', attrs);

/** Open Graph's locale of an edition: language and region ("en_GB", "ru_RU"), the region the likeliest where its locale names none. */
function ogLocale({ locale }: Pick<EditionLink, 'locale'>): string {
  const { language, region } = new Intl.Locale(locale).maximize();
  return `${language}_${region ?? ''}`;
}

/**
 * The links to every edition, `x-default` the English one: absolute under SITE_URL, else relative to the
 * page (valid HTML, and right wherever the site is put; search engines want SITE_URL set).
 */
function alternates(edition: HeadEdition, base: string | undefined): string[] {
  const href = (to: Pick<EditionLink, 'path'>) => (base ? new URL(to.path, base).href : editionHref(edition, to));
  return [
    ...edition.editions.map((to) => element('link', { rel: 'alternate', hreflang: to.lang, href: href(to) })),
    element('link', { rel: 'alternate', hreflang: 'x-default', href: href(edition.editions[0] ?? edition) }),
  ];
}

/**
 * Holds the page's first paint until the story's first step is parsed, so the reader's first frame is the
 * whole first screen. Otherwise a phone on a slow network may paint the site's header alone as the first bytes
 * arrive, and lay out the headline and the first step after it, in a long task of their own (docs/decisions.md).
 * Browsers without `blocking="render"` ignore the link.
 */
const firstScreenTag = ({ story }: HeadEdition) =>
  story.steps[0] ? [element('link', { rel: 'expect', href: `#${story.steps[0].id}`, blocking: 'render' })] : [];

/**
 * The title, description, canonical and alternate links and share tags of an edition's page, one per
 * line, every value escaped; then the first paint's hold (firstScreenTag).
 * @param siteUrl the story's public address (SITE_URL at build), used for the canonical link and the
 *   absolute share-image URL that social networks need; without it those tags are left out or relative.
 */
export function headTags(edition: HeadEdition, siteUrl: string | undefined): string[] {
  const { story } = edition;
  const { headline, kicker } = story.meta;
  const dek = story.meta.dek.text;
  const root = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : undefined;
  const base = root ? new URL(edition.path, root).href : undefined;
  const image = root ? new URL(shareImage.file(edition), root).href : `${edition.path ? '../' : ''}${shareImage.file(edition)}`;
  return [
    `<title>${escapeHtml(`${headline} · ${kicker}`)}</title>`,
    meta({ name: 'description', content: dek }),
    ...(base ? [element('link', { rel: 'canonical', href: base })] : []),
    ...alternates(edition, root),
    meta({ property: 'og:locale', content: ogLocale(edition) }),
    ...edition.editions.filter((e) => e.code !== edition.code).map((e) => meta({ property: 'og:locale:alternate', content: ogLocale(e) })),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:title', content: headline }),
    meta({ property: 'og:description', content: dek }),
    ...(base ? [meta({ property: 'og:url', content: base })] : []),
    meta({ property: 'og:image', content: image }),
    meta({ property: 'og:image:width', content: String(shareImage.width) }),
    meta({ property: 'og:image:height', content: String(shareImage.height) }),
    meta({ property: 'og:image:alt', content: story.meta.shareImageAlt }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:title', content: headline }),
    meta({ name: 'twitter:description', content: dek }),
    meta({ name: 'twitter:image', content: image }),
    meta({ name: 'twitter:image:alt', content: story.meta.shareImageAlt }),
    ...firstScreenTag(edition),
  ];
}

/** The policy's meta element (quotes written `&#39;`, which inline-html.ts's allowByHash expects). */
export const policyTag = (policy: string) => meta({ 'http-equiv': 'Content-Security-Policy', content: policy });

const charsetTag = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * The page with `tags` right after its `<meta charset>`: the policy must come before anything it governs
 * and the charset within the first 1024 bytes, so both lead the head.
 * @throws Error if the page has no `<meta charset>`
 */
export function withHeadTags(html: string, tags: readonly string[]): string {
  const charset = charsetTag.exec(html);
  if (!charset) throw new Error('head-tags: the page has no <meta charset> to put its head tags after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${tags.join('\n    ')}${html.slice(at)}`;
}
