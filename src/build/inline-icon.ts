// Puts the page's icon into its <link rel="icon"> as a data: URL (an SVG of about 250 bytes). As a file it
// was a request during the first paint, and Lighthouse's simulation counts every request that finished
// before the LCP in the LCP. The CSP allows data: images.
import { fileDataUrl } from '#src/build/offline/file-data-url.ts';

const iconLink = /(<link rel="icon" href=")\.\/([^"]+)"/;

/** @param read reads a file of the build by its path relative to the page */
export function inlineIcon(html: string, read: (path: string) => Uint8Array): string {
  const link = iconLink.exec(html);
  if (!link?.[2]) throw new Error('inline-icon: the page has no <link rel="icon"> with a page-relative href');
  const path = link[2];
  return html.replace(iconLink, (_, start: string) => `${start}${fileDataUrl(path, read(path))}"`);
}
