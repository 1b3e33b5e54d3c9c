// A step's page's <head>: the Content Security Policy first, then its own title, description and share card
// (the step's, so a crawler sees the step, not the story's front page), its alternates in every edition, its
// oEmbed file, its stylesheet and its one script. React escapes every value.
import { stepImageSize, type StepAddresses } from './step-addresses.ts';

type Props = {
  policy: string;
  title: string;
  description: string;
  /** The story's name (its kicker), the share card's site. */
  site: string;
  imageAlt: string;
  addresses: StepAddresses;
  /** The site's root from the page, for its icon and script. */
  root: string;
  /** The embed mode's script, from the site's root (step-embed-mode.ts). */
  script: string;
  /** The page's stylesheet: the build's own, compiled from the page's classes, its `<` escaped, allowed by its hash in `policy`. */
  css: string;
};

export function StepHead({ policy, title, description, site, imageAlt, addresses, root, script, css }: Props) {
  const { canonical, alternates, shareImage, oembed } = addresses;
  const { width, height } = stepImageSize.share;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta httpEquiv="Content-Security-Policy" content={policy} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      {canonical && <link rel="canonical" href={canonical} />}
      {alternates.map(({ lang, href }) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={href} />
      ))}
      <link rel="alternate" type="application/json+oembed" href={oembed} title={title} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {canonical && <meta property="og:url" content={canonical} />}
      <meta property="og:image" content={shareImage} />
      <meta property="og:image:width" content={String(width)} />
      <meta property="og:image:height" content={String(height)} />
      <meta property="og:image:alt" content={imageAlt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={shareImage} />
      <meta name="twitter:image:alt" content={imageAlt} />
      <link rel="icon" href={`${root}favicon.svg`} type="image/svg+xml" />
      {/* The build's own stylesheet, compiled from the step pages' classes, with its `<` escaped and its hash
          in the policy (src/build/step-pages/step-pages.ts): no data or wording reaches it. */}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      {/* Blocking, and so before the first paint: in embed mode it marks the page for the CSS first
          (step-embed-mode.ts). A classic script, which a sandboxed frame's opaque origin loads without CORS. */}
      <script src={`${root}${script}`} />
    </head>
  );
}
