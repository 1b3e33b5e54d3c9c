// Test support: the step and share images as the build makes them (src/build/images/), for the editions
// asked for: their drawings drawn here as the build's Vite entry draws them, the fonts cut into a folder of
// their own (remove it with `remove`), and a PNG rendered from any image on demand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Edition } from '#src/edition/edition.ts';
import { renderDrawings } from '#src/build/images/render-drawings.tsx';
import { siteImages } from '#src/build/images/site-images.ts';
import type { Image } from '#src/build/images/edition-images.ts';
import type { ImageFace } from '#src/build/images/image-fonts.ts';
import { Resvg } from '@resvg/resvg-js';
import { pngOptions } from '#src/build/images/png-options.ts';
import { testSite } from './edition.ts';

export const root = resolve(import.meta.dirname, '../..');

export type BuiltImages = {
  editions: Edition[];
  /** Each edition's images, in the order of `editions`. */
  images: Image[][];
  faces: ImageFace[];
  /** `image` rendered `width` px wide, as the build renders it (png-worker.mjs). */
  png: (image: Image, width: number) => Buffer;
  remove: () => void;
};

/** The images of the editions `codes` ("xa" is the pseudo-locale). */
export async function builtImages(codes: string[]): Promise<BuiltImages> {
  const site = testSite({ pseudo: codes.includes('xa') });
  const pages = await site.pages();
  const built = site.editions();
  const chosen = pages.flatMap((page, i) => {
    const siteEdition = built[i];
    return codes.includes(page.code) && siteEdition
      ? [{ page, catalog: siteEdition.catalog, drawings: renderDrawings(page, siteEdition.frame()) }]
      : [];
  });
  const fontDir = mkdtempSync(join(tmpdir(), 'image-fonts-'));
  const { images, faces } = await siteImages(root, fontDir, chosen);
  return {
    editions: chosen.map(({ page }) => page),
    images,
    faces,
    png: (image, width) => new Resvg(image.svg, pngOptions(width, faces)).render().asPng(),
    remove: () => rmSync(fontDir, { recursive: true, force: true }),
  };
}
