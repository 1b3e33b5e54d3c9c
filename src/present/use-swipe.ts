// Touch swipes on a tablet or phone: right to left for the next slide, left to right for the previous.
import { useEffect, type RefObject } from 'react';
import { swipeMove } from './slides.ts';

export function useSwipe(ref: RefObject<HTMLElement | null>, onSwipe: (move: 'next' | 'previous') => void) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const move = swipeMove(touch.clientX - start.x, touch.clientY - start.y);
      start = null;
      if (move) onSwipe(move);
    };
    element.addEventListener('touchstart', onStart, { passive: true });
    element.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      element.removeEventListener('touchstart', onStart);
      element.removeEventListener('touchend', onEnd);
    };
  }, [ref, onSwipe]);
}
