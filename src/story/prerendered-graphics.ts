// The graphics as the build prerendered them, kept before hydration, so that a graphic whose code cannot be
// downloaded is still shown as it was (in its opening state) instead of leaving an empty box.
//
// Written once, by src/app/start.tsx before it hydrates the page; read by the graphic panel's fallback for
// a failed graphic (src/story/graphic-panel.tsx). Nothing else reads or writes it.
import type { GraphicKind } from '#src/data/schema.ts';

const saved = new Map<string, HTMLElement>();

/**
 * Keeps a copy of the prerendered graphics under `root` whose code loads later (not the map, which is in
 * the page's own code): a clone of their elements, taken before hydration can replace them.
 */
export function keepPrerenderedGraphics(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-graphic]:not([data-graphic="map"])')) {
    saved.set(figure.dataset.graphic ?? '', figure.cloneNode(true) as HTMLElement);
  }
}

/**
 * A fresh copy of a graphic as the page was prerendered, if it was, made readable and reachable: whether
 * it is shown, and to whom, is the fallback's to say, not the copy's.
 */
export function prerenderedGraphic(kind: GraphicKind): HTMLElement | undefined {
  const copy = saved.get(kind)?.cloneNode(true) as HTMLElement | undefined;
  if (!copy) return undefined;
  copy.removeAttribute('aria-hidden');
  for (const element of copy.querySelectorAll('[tabindex="-1"]')) element.removeAttribute('tabindex');
  return copy;
}

/** Whether the page had a prerendered copy of the graphic. */
export const hasPrerenderedGraphic = (kind: GraphicKind): boolean => saved.has(kind);
