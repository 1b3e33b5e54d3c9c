// The Pym.js message format (pym.js 1.3, as newsroom CMSs run it), parsed strictly: anything that is not
// a well-formed message for this frame, with sane numbers, is ignored rather than trusted or thrown on.

const delimiter = 'xPYMx';

/** What the parent may tell the child; every other message type is ignored. */
export type PymParentMessage =
  | { type: 'width'; width: number }
  | {
      type: 'viewport-iframe-position';
      /** The host page's viewport size (brought within `screenSize`), and the iframe's rectangle within it, in CSS px. */
      viewport: { width: number; height: number };
      frame: { top: number; left: number; bottom: number; right: number };
    };

/** A child id as Pym.js makes them (the container element's id): short, and no delimiter inside. */
export function isValidChildId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(id);
}

/** A message from this child to its parent, e.g. `pymxPYMx<id>xPYMxheightxPYMx1200`. */
export function makePymMessage(childId: string, type: string, message = ''): string {
  return ['pym', childId, type, message].join(delimiter);
}

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

/**
 * Parses a `message` event's data as a Pym.js parent message for `childId`; null for anything else
 * (other libraries' messages, other frames' ids, unknown types, malformed or out-of-range numbers).
 */
export function parsePymMessage(data: unknown, childId: string): PymParentMessage | null {
  if (typeof data !== 'string' || data.length > 1000 || !isValidChildId(childId)) return null;
  const prefix = `pym${delimiter}${childId}${delimiter}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(delimiter);
  if (split < 1) return null;
  const type = rest.slice(0, split);
  const body = rest.slice(split + delimiter.length);
  if (body.includes(delimiter)) return null;

  if (type === 'width') {
    const [width] = numbers(body, 1) ?? [];
    return width !== undefined && width > 0 && width <= maxViewport ? { type, width } : null;
  }
  if (type === 'viewport-iframe-position') {
    const values = numbers(body, 6);
    if (!values) return null;
    const [vw = 0, vh = 0, top = 0, left = 0, bottom = 0, right = 0] = values;
    const inViewport = (v: number) => v > 0 && v <= maxViewport;
    const inOffsets = [top, left, bottom, right].every((v) => Math.abs(v) <= maxOffset);
    if (!inViewport(vw) || !inViewport(vh) || !inOffsets || bottom < top || right < left) return null;
    return {
      type,
      viewport: { width: clamp(vw, screenSize.maxWidth), height: clamp(vh, screenSize.maxHeight) },
      frame: { top, left, bottom, right },
    };
  }
  return null;
}
