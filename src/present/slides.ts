// Presentation mode's model: slide 0 is the title, slides 1…n are the story's steps; keys, hash and labels.
import { stepFromHash } from '#src/story/step-hash.ts';
import type { Translate } from '#src/edition/message.ts';

import type { SlideMove } from './present-key-table.ts';

export { actionForKey, type PresentAction, type SlideMove } from './present-key-table.ts';

/** The slide a move leads to from `slide`, staying within 0…`count` (the title and the steps). */
export function slideAfter(move: SlideMove, slide: number, count: number): number {
  switch (move) {
    case 'next':
      return Math.min(slide + 1, count);
    case 'previous':
      return Math.max(slide - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count;
  }
}

/** The slide an address's hash names: its step's slide, or the title for no hash or an unknown one. */
export function slideFromHash(hash: string, ids: readonly string[]): number {
  const id = stepFromHash(hash, ids);
  return id ? ids.indexOf(id) + 1 : 0;
}

/** The hash that names a slide: `#<step-id>`, or none for the title. */
export function hashForSlide(slide: number, ids: readonly string[]): string {
  const id = ids[slide - 1];
  return slide > 0 && id ? `#${id}` : '';
}

/** "Step 3 of 14", or "Title" for slide 0. */
export function slideLabel(t: Translate, slide: number, count: number): string {
  return slide === 0 ? t('present.slide.title') : t('present.slide.step', { n: slide, total: count });
}

/**
 * A horizontal swipe's move: right to left goes on, left to right goes back. Short or mostly vertical
 * gestures are not swipes (the reader may be scrolling a long step or tapping a control).
 */
export function swipeMove(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
