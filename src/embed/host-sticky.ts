// Keeps the graphic in the host page's viewport inside a full-height embed, where CSS `position: sticky`
// cannot work (the host scrolls, not the frame): the panel is moved down by a transform instead.
import { hostViewport } from './host-viewport.ts';

/** How far down its container a sticky panel must move to stay in view: clamped to the container. */
export function stickyOffset(viewportTop: number, containerTop: number, containerHeight: number, panelHeight: number): number {
  return Math.max(0, Math.min(viewportTop - containerTop, containerHeight - panelHeight));
}

/** Moves `panel` down `container` as the host's viewport moves (through the CSS object model, which the CSP allows). */
export function followHostViewport(container: HTMLElement, panel: HTMLElement): void {
  const update = () => {
    const viewport = hostViewport.get();
    if (!viewport) return;
    const rect = container.getBoundingClientRect();
    // The panel's own offset is ignored: its static place is the top of the container.
    const offset = stickyOffset(viewport.top, rect.top, rect.height, panel.offsetHeight);
    panel.style.transform = `translateY(${Math.round(offset)}px)`;
  };
  update();
  hostViewport.subscribe(update);
}
