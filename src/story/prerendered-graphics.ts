// The graphics as the build prerendered them, kept before hydration, so that a graphic whose code cannot be
// downloaded is still shown as it was (in its opening state) instead of leaving an empty box.
//
// Written once, by src/app/start.tsx before it hydrates the page; read by the graphic panel's fallback for
// a failed graphic (src/story/graphic-panel.tsx). Nothing else reads or writes it.
import type { GraphicKind } from '#src/data/schema.ts';

const saved = new Map<string, string>();

/** Keeps a copy of every prerendered graphic under `root`, made readable and reachable whatever its state. */
export function keepPrerenderedGraphics(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-graphic]')) {
    const copy = figure.cloneNode(true) as HTMLElement;
    // Whether it is shown, and to whom, is the fallback's to say (by the current step), not the copy's.
    copy.removeAttribute('aria-hidden');
    for (const element of copy.querySelectorAll('[tabindex="-1"]')) element.removeAttribute('tabindex');
    saved.set(figure.dataset.graphic ?? '', copy.outerHTML);
  }
}

/** The prerendered HTML of a graphic (our own build's markup, from this page), if the page had one. */
export const prerenderedGraphic = (kind: GraphicKind): string | undefined => saved.get(kind);
