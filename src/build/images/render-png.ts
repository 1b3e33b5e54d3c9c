// An image's markup to PNG by resvg, which needs no browser: given exactly the build's faces and no font of
// the machine's (resvg's own fallback would otherwise pick one), on resvg's threads.
import { renderAsync } from '@resvg/resvg-js';
import type { ImageFace } from './image-fonts.ts';

/** The PNG of `svg`, `width` px wide (its height in proportion), its text in `faces` alone. */
export async function renderPng(svg: string, width: number, faces: ImageFace[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: faces.map((face) => face.file), defaultFontFamily: faces[0]?.family ?? '' },
    logLevel: 'error',
  });
  return image.asPng();
}
