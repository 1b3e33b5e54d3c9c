// Keeps the graphic in the host page's viewport inside a full-height embed, where CSS `position: sticky`
// cannot work (the host scrolls, not the frame): the panel is moved down by a transform instead.
import { useEffect, type RefObject } from 'react';
import { hostViewport } from './host-viewport.ts';

/** How far down its container a sticky panel must move to stay in view: clamped to the container. */
export function stickyOffset(viewportTop: number, containerTop: number, containerHeight: number, panelHeight: number): number {
  return Math.max(0, Math.min(viewportTop - containerTop, containerHeight - panelHeight));
}

/** Moves the panel through the CSS object model, which the Content Security Policy allows (no style attribute). */
function placePanel(panel: HTMLElement, offset: number) {
  panel.style.transform = `translateY(${Math.round(offset)}px)`;
}

export function useHostSticky(container: RefObject<HTMLElement | null>, panel: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const update = () => {
      const viewport = hostViewport.get();
      const box = container.current;
      const sticky = panel.current;
      if (!viewport || !box || !sticky) return;
      const rect = box.getBoundingClientRect();
      // The panel's own offset is ignored: its static place is the top of the container.
      const offset = stickyOffset(viewport.top, rect.top, rect.height, sticky.offsetHeight);
      placePanel(sticky, offset);
    };
    update();
    return hostViewport.subscribe(update);
  }, [container, panel]);
}
