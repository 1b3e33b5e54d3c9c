// Where a step's page is (./steps/<step-id>/, ./ru/steps/<step-id>/) and the addresses it gives. Links within
// the site are relative, so it works from any sub-path; those that others keep (canonical, alternates, share
// image, oEmbed, embed codes) are absolute when the build knows the site's public address (SITE_URL), and
// relative to the page otherwise, as the story's head gives them (src/build/head-tags.ts).
import type { EditionLink } from '#src/edition/edition.ts';

type Place = Pick<EditionLink, 'path'>;

/** A step's page's folder from the site's root: "steps/lazada/", "ru/steps/lazada/". */
export const stepFolder = (edition: Place, stepId: string) => `${edition.path}steps/${encodeURIComponent(stepId)}/`;

/** The edition's story page from one of its step pages, two folders down. */
export const storyFromStep = '../../';

/** The site's root from a step page of `edition`: "../../", "../../../" from ru/. */
export const siteRootFrom = (edition: Place) => `${'../'.repeat(edition.path.split('/').filter(Boolean).length)}${storyFromStep}`;

/** The step's page in edition `to`, from its page in `from`: "../../ru/steps/lazada/", "../../../steps/lazada/". */
export const stepHref = (from: Place, to: Place, stepId: string) => `${siteRootFrom(from)}${stepFolder(to, stepId)}`;

/** The site's public address (SITE_URL) as a folder, ending in "/"; undefined without one. */
export const publicRoot = (siteUrl: string | undefined) => (siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : undefined);

/** The addresses of a step's page that others keep. */
export type StepAddresses = {
  /** The page itself: only under a public address (a relative canonical says nothing). */
  canonical?: string;
  /** The step's page in each edition, by language, then `x-default` (the first edition's). */
  alternates: { lang: string; href: string }[];
  /** Its share image (share.png in its folder). */
  shareImage: string;
  /** Its oEmbed file (oembed.json in its folder). */
  oembed: string;
  /** The page in embed mode, the single graphic. */
  embed: string;
  /** The Pym.js parent script the site serves (vendor/pym.v1.min.js). */
  pymParent: string;
  /** The edition's story page: only under a public address (oEmbed's provider_url). */
  story?: string;
};

/** The files of a step's folder that its page names; the images are another part of the build's. */
export const stepFiles = {
  page: '',
  oembed: 'oembed.json',
  share: 'share.png',
  png: 'graphic.png',
  png2x: 'graphic@2x.png',
  svg: 'graphic.svg',
} as const;

/** The share image's and the PNGs' sizes in px. */
export const stepImageSize = { share: { width: 1200, height: 630 }, png: 1200, png2x: 2400 };

/**
 * The kept addresses of the step `stepId`'s page in `edition`.
 * @param editions every edition the page links (its own included), the first the default
 * @param siteUrl the site's public address (SITE_URL), or undefined
 */
export function stepAddresses(
  edition: Place,
  editions: Pick<EditionLink, 'path' | 'lang'>[],
  stepId: string,
  siteUrl: string | undefined,
): StepAddresses {
  const root = publicRoot(siteUrl);
  const folder = stepFolder(edition, stepId);
  /** A file of the site, by its path from the root. */
  const site = (path: string) => (root ? new URL(path, root).href : `${siteRootFrom(edition)}${path}`);
  /** A file of this page's folder ('' for the page). */
  const own = (file: string) => (root ? new URL(`${folder}${file}`, root).href : file || './');
  const step = (to: Place) => (root ? new URL(stepFolder(to, stepId), root).href : stepHref(edition, to, stepId));
  const first = editions[0] ?? { ...edition, lang: 'x-default' };
  return {
    ...(root && { canonical: own(stepFiles.page), story: new URL(edition.path, root).href }),
    alternates: [...editions.map((to) => ({ lang: to.lang, href: step(to) })), { lang: 'x-default', href: step(first) }],
    shareImage: own(stepFiles.share),
    oembed: own(stepFiles.oembed),
    embed: `${own(stepFiles.page)}?mode=embed`,
    pymParent: site('vendor/pym.v1.min.js'),
  };
}
