// The host's viewport as a Pym.js parent reports it (pym.js 1.3's viewport-iframe-position message, which
// pym.js's Child hands over as its text), read strictly: malformed or out-of-range numbers are ignored
// rather than trusted, and the viewport is brought within the sizes of a real screen.

/** The host page's viewport size (brought within `screenSize`), and the iframe's rectangle within it, in CSS px. */
export type ViewportPosition = {
  viewport: { width: number; height: number };
  frame: { top: number; left: number; bottom: number; right: number };
};

const maxViewport = 100_000;
const maxOffset = 10_000_000;
/**
 * The host viewport sizes the story takes as they come, in CSS px; others are brought to the nearest.
 * Smaller than 200 px is no screen anyone reads on (a landscape phone with its keyboard open still has
 * more), and the story's layout divides the height further. Taller than 2,160 px is beyond the tallest
 * screens readers have (a portrait 4K monitor at its usual scaling); wider than 10,000 px, beyond an 8K one
 * zoomed out. The story's own heights follow the host's (a step is most of a viewport tall), so a viewport
 * of 1 px would collapse the graphic to nothing, and one of 100,000 px would make the frame ninety times
 * as tall as on a laptop: clamped, it is at most about twice a 1080 px screen's.
 */
export const screenSize = { min: 200, maxWidth: 10_000, maxHeight: 2_160 };
const clamp = (v: number, max: number) => Math.min(Math.max(v, screenSize.min), max);

function numbers(text: string, count: number): number[] | null {
  const parts = text.split(' ');
  if (parts.length !== count) return null;
  const values = parts.map((part) => (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(part) ? Number(part) : NaN));
  return values.every(Number.isFinite) ? values : null;
}

/** The text of a viewport-iframe-position message ("1280 800 -350 20 4650 700"), or null for anything else. */
export function parseViewportPosition(text: unknown): ViewportPosition | null {
  if (typeof text !== 'string' || text.length > 1000) return null;
  const values = numbers(text, 6);
  if (!values) return null;
  const [vw = 0, vh = 0, top = 0, left = 0, bottom = 0, right = 0] = values;
  const inViewport = (v: number) => v > 0 && v <= maxViewport;
  const inOffsets = [top, left, bottom, right].every((v) => Math.abs(v) <= maxOffset);
  if (!inViewport(vw) || !inViewport(vh) || !inOffsets || bottom < top || right < left) return null;
  return {
    viewport: { width: clamp(vw, screenSize.maxWidth), height: clamp(vh, screenSize.maxHeight) },
    frame: { top, left, bottom, right },
  };
}
