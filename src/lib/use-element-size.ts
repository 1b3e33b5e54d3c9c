// The content size of an element, kept current by a ResizeObserver (debounced to one update a frame).
import { startTransition, useEffect, useState, type RefObject } from 'react';

export type Size = { width: number; height: number };

/**
 * Returns the element's content-box size. Before the first measurement (and in the prerendered HTML)
 * it returns `initial`, so server and client first render the same picture. While `watching` is false the
 * size is left as it was: nothing is measured and nothing re-renders.
 */
export function useElementSize(ref: RefObject<Element | null>, initial: Size, watching = true): Size {
  const [size, setSize] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || !watching) return;
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { width, height } = entry.contentRect;
        if (width > 0 && height > 0) {
          const next = { width: Math.round(width), height: Math.round(height) };
          // A transition, so a prerendered graphic whose code is still loading keeps its HTML meanwhile.
          startTransition(() => setSize((old) => (old.width === next.width && old.height === next.height ? old : next)));
        }
      });
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref, watching]);
  return size;
}
