// An image's markup to PNG by resvg, which needs no browser: given exactly the build's faces and no font of
// the machine's (resvg's own fallback would otherwise pick one).
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ImageFace } from './image-fonts.ts';

/** resvg's options for a PNG `width` px wide (its height in proportion), its text in `faces` alone. */
export const pngOptions = (width: number, faces: ImageFace[]): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: width },
  font: { loadSystemFonts: false, fontFiles: faces.map((face) => face.file), defaultFontFamily: faces[0]?.family ?? '' },
  logLevel: 'error',
});

/** The PNG of `svg`, `width` px wide, rendered on resvg's thread pool. */
export async function renderPng(svg: string, width: number, faces: ImageFace[]): Promise<Buffer> {
  return (await renderAsync(svg, pngOptions(width, faces))).asPng();
}
