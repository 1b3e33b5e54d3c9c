// The PNGs of earlier builds, by what each was rendered from: its markup, resvg's options and version, and the
// bytes of the fonts. A build whose images have not changed renders none of them again; an entry no build has
// used for a day goes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { writeAtomically } from '../fonts/subset.ts';
import type { ImageFace } from './image-fonts.ts';

export type PngCache = {
  /** The cached PNG of `svg` rendered with `options`, or what `render` makes (then kept). */
  png: (svg: string, options: ResvgRenderOptions, render: () => Promise<Buffer>) => Promise<Buffer>;
  /** Removes the entries unused for a day. */
  prune: () => void;
};

const day = 24 * 60 * 60 * 1000;

/** The cache in `dir`, for PNGs set in `faces`, rendered by the resvg of the project at `root`. */
export function pngCache(root: string, dir: string, faces: ImageFace[]): PngCache {
  const { version } = createRequire(join(root, 'package.json'))('@resvg/resvg-js/package.json') as { version: string };
  const salt = createHash('sha256').update(version);
  for (const face of faces) salt.update(readFileSync(face.file));
  const fonts = salt.digest('hex');
  mkdirSync(dir, { recursive: true });
  return {
    png: async (svg, options, render) => {
      // The fonts' paths change from build to build; their bytes are in the salt.
      const key = createHash('sha256')
        .update(fonts)
        .update(JSON.stringify({ ...options, font: { ...options.font, fontFiles: [] } }))
        .update(svg);
      const file = join(dir, `${key.digest('hex')}.png`);
      if (existsSync(file)) {
        const now = new Date();
        utimesSync(file, now, now);
        return readFileSync(file);
      }
      const png = await render();
      writeAtomically(file, png);
      return png;
    },
    prune: () => {
      for (const name of readdirSync(dir))
        if (Date.now() - statSync(join(dir, name)).mtimeMs > day) rmSync(join(dir, name), { force: true });
    },
  };
}
