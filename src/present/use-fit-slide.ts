// Makes a slide's text fit its screen when it is long (a longer language, a step with a quote): the slide
// gives the text more of the screen, one level at a time, until it fits; the graphic keeps at least two
// fifths. CSS (present.css, [data-fit]) says what each level is; a zoomed-in screen that no level fits
// keeps the last, and its text scrolls (use-present-keys.ts).
import { useLayoutEffect, type RefObject } from 'react';

/** The levels, from the slide as designed (0) to the most room the text may take. */
export const fitLevels = 5;

const overflows = (text: HTMLElement) => text.scrollHeight - text.clientHeight > 1;

/**
 * Sets `data-fit` on `slide` to the first level at which `text` fits, again whenever the slide's size or
 * `key` (the slide shown) changes and once the fonts are in.
 */
export function useFitSlide(slide: RefObject<HTMLElement | null>, text: RefObject<HTMLElement | null>, key: unknown) {
  useLayoutEffect(() => {
    const box = slide.current;
    const words = text.current;
    if (!box || !words) return;
    const fit = () => {
      // Each level is measured by the layout it gives: a few synchronous layouts at a slide change.
      for (let level = 0; level < fitLevels; level++) {
        box.setAttribute('data-fit', String(level));
        if (!overflows(words)) return;
      }
    };
    fit();
    let cancelled = false;
    void document.fonts?.ready.then(() => !cancelled && fit());
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [slide, text, key]);
}
