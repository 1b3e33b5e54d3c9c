// A step's graphic file: the build draws each step's graphic into one (src/build/graphic-files.ts); the
// printed handout and the presentation's thumbnails show it.
import type { Size } from '#src/lib/use-element-size.ts';

/** Where an edition's graphic files are, beside its page (see docs/CONTRACT.md). */
export const graphicsFolder = 'graphics';

/** A step's graphic file, from its edition's page. */
export const graphicFile = (stepId: string) => `${graphicsFolder}/${encodeURIComponent(stepId)}.svg`;

/**
 * What the files are drawn at: about the printed box's size in CSS pixels (88 mm wide, 4:3), so labels
 * print at their size on screen. The SVG's viewBox scales the drawing to any box.
 */
export const graphicFileSize: Size = { width: 332, height: 249 };
