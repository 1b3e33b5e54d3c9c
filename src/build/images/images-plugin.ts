// Vite plugin: after the build, each step's images in every edition (steps/<step-id>/graphic.svg, graphic.png,
// graphic@2x.png, share.png) and the site's share images (share.png, share-ru.png, …), drawn by the page's
// own components and rendered by resvg, with no browser. The offline file's build needs none of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { withSsrServer } from '../ssr-server.ts';
import type { Edition } from '#src/edition/edition.ts';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import type { Site } from '../edition/site.ts';
import { offlineMode } from '../offline-plugin.ts';
import type { Image } from './edition-images.ts';
import type { ImageFace } from './image-fonts.ts';
import type { Drawings } from './render-drawings.tsx';
import { pngOptions } from './png-options.ts';
import { pngWorkers } from './png-workers.ts';
import { pngCache } from './png-cache.ts';
import { siteImages } from './site-images.ts';

/** Each edition's drawings, by the page's components loaded through Vite (as the prerender loads them). */
async function renderDrawings(config: ResolvedConfig, editions: Edition[], frames: MapFrame[]): Promise<Drawings[]> {
  return withSsrServer(config.root, config.mode, async (server) => {
    const entry = (await server.ssrLoadModule('/src/build/images/render-drawings.tsx')) as typeof import('./render-drawings.tsx');
    return editions.map((edition, i) => entry.renderDrawings(edition, frames[i] as MapFrame));
  });
}

/**
 * Writes the images into `outDir`, the PNGs from the cache or rendered on a worker per core, the largest
 * first; resolves with how many were rendered.
 */
async function writeImages(root: string, outDir: string, images: Image[], faces: ImageFace[]): Promise<number> {
  const write = (file: string, data: string | Buffer) => {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  };
  for (const { svg, svgFile } of images) if (svgFile) write(svgFile, svg);
  const jobs = images.flatMap(({ svg, pngs }) => pngs.map((png) => ({ svg, ...png }))).sort((a, b) => b.width - a.width);
  const cache = pngCache(root, join(root, 'node_modules/.cache/step-images'), faces);
  const workers = pngWorkers(root);
  let rendered = 0;
  try {
    await Promise.all(
      jobs.map(async ({ svg, file, width }) => {
        const options = pngOptions(width, faces);
        const render = () => {
          rendered += 1;
          return workers.render(svg, options);
        };
        write(file, await cache.png(svg, options, render));
      }),
    );
  } finally {
    await workers.close();
  }
  cache.prune();
  return rendered;
}

export function stepImages(site: Site): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'step-images',
    configResolved(resolved) {
      config = resolved;
    },
    // A build that failed leaves no images, as it leaves no page (prerender-plugin.ts).
    buildEnd(error) {
      if (error) failed = true;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr || config.mode === offlineMode || failed) return;
      const started = performance.now();
      const pages = await site.pages();
      const built = site.editions();
      const drawings = await renderDrawings(
        config,
        pages,
        built.map(({ frame }) => frame()),
      );
      const editions = pages.map((page, i) => ({
        page,
        catalog: built[i]?.catalog ?? {},
        drawings: drawings[i] ?? { steps: [], opening: '' },
      }));
      const fontDir = mkdtempSync(join(tmpdir(), 'cross-border-image-fonts-'));
      try {
        const { images, faces } = await siteImages(config.root, fontDir, editions);
        const all = images.flat();
        const rendered = await writeImages(config.root, resolve(config.root, config.build.outDir), all, faces);
        const pngs = all.reduce((n, image) => n + image.pngs.length, 0);
        const took = Math.round(performance.now() - started);
        config.logger.info(
          `images: ${all.filter((i) => i.svgFile).length} SVG and ${pngs} PNG files (${pngs - rendered} of them cached) in ${took} ms`,
        );
      } finally {
        rmSync(fontDir, { recursive: true, force: true });
      }
    },
  };
}
