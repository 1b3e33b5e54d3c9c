// "A number, then Enter" in presentation: the digits typed so far, and the jump when Enter comes.
import { useEffect, useRef, useState } from 'react';

/** Fields where digits and Enter are the reader's own. */
const typesText = 'input, select, textarea, [contenteditable], dialog[open]';

/**
 * Collects digits (the last three) until Enter, then calls `onGo` with the slide they name: 0 is the title,
 * 1…`steps` the steps; a number beyond the last step is ignored. Escape drops the digits; Backspace drops one.
 * Returns the digits typed, for the on-screen hint.
 */
export function useStepNumber(steps: number, onGo: (slide: number) => void): string {
  const [typed, setTyped] = useState('');
  const digits = useRef('');
  useEffect(() => {
    const set = (next: string) => {
      digits.current = next;
      setTyped(next);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(typesText)) return;
      if (/^[0-9]$/.test(event.key)) set((digits.current + event.key).slice(-3));
      else if (!digits.current) return;
      else if (event.key === 'Backspace') set(digits.current.slice(0, -1));
      else if (event.key === 'Escape') set('');
      else if (event.key === 'Enter') {
        const slide = Number(digits.current);
        set('');
        if (slide <= steps) onGo(slide);
      } else return;
      // Enter must not also press a focused button.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [steps, onGo]);
  return typed;
}
