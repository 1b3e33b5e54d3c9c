// resvg's options for the images' PNGs: given exactly the build's faces and no font of the machine's (resvg's
// own fallback would otherwise pick one).
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { ImageFace } from './image-fonts.ts';

/** For a PNG `width` px wide (its height in proportion), its text in `faces` alone. */
export const pngOptions = (width: number, faces: ImageFace[]): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: width },
  font: { loadSystemFonts: false, fontFiles: faces.map((face) => face.file), defaultFontFamily: faces[0]?.family ?? '' },
  logLevel: 'error',
});
