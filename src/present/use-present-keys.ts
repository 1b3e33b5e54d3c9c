// Keyboard and clicker control of the presentation (docs/CONTRACT.md, "Presentation keys").
import { useEffect } from 'react';
import { actionForKey, type PresentAction } from './slides.ts';

/** Elements that already give Space and Enter a meaning (pressing a focused button must not also step). */
const activates = 'button, a[href], summary, input, select, textarea, [contenteditable]';
/** Elements whose arrow keys move within them (a radio group, a text field). */
const usesArrows = 'input, select, textarea, [contenteditable]';

/**
 * Whether the Down or Up arrow should scroll the slide's focused text box rather than change slides: while the box is
 * longer than the screen (zoomed in) and has room that way. The Right and Left arrows, PageDown and Space always step, as a
 * clicker expects.
 */
function scrollsFirst(target: Element | null, key: string): boolean {
  const box = target?.closest('[data-slide-scroll]');
  if (!box) return false;
  if (key === 'ArrowDown') return box.scrollTop + box.clientHeight < box.scrollHeight - 1;
  if (key === 'ArrowUp') return box.scrollTop > 0;
  return false;
}

/** Calls `onAction` for the presentation's keys; shortcuts with Ctrl, Alt or Cmd stay the browser's. */
export function usePresentKeys(onAction: (action: PresentAction) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      // An open dialog (the keys, the overview) has the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      const action = actionForKey(event.key);
      if (!action) return;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === ' ' && target?.closest(activates)) return;
      if (event.key.startsWith('Arrow') && target?.closest(usesArrows)) return;
      if (scrollsFirst(target, event.key)) return;
      if (action === 'fullscreen' && target?.closest(usesArrows)) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAction]);
}
