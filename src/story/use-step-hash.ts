// Keeps the address's #step-id in step with the reader, and opens the story at the step a link names.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ActiveStep } from './use-active-step';

/** The step id named by the address, if it is one of `ids`. */
export function stepFromHash(hash: string, ids: readonly string[]): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  return ids.includes(id) ? id : null;
}

function scrollToStep(id: string) {
  document.querySelector(`[data-step-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
}

/**
 * On first render, scrolls to the step the address names (in a layout effect, so before the scroll
 * engine's first measurement; a reload mid-story lands on the step the hash kept). Afterwards replaces
 * (never pushes) the hash as the current step changes, and drops it when the reader scrolls back above
 * the story.
 */
export function useStepHash(ids: readonly string[], active: ActiveStep) {
  const started = useRef(false);

  useLayoutEffect(() => {
    if (started.current) return;
    started.current = true;
    const target = stepFromHash(window.location.hash, ids);
    if (target) scrollToStep(target);
  }, [ids]);

  useEffect(() => {
    const onHashChange = () => {
      const target = stepFromHash(window.location.hash, ids);
      if (target) scrollToStep(target);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ids]);

  const current = ids[active.index];
  const { inside, measured } = active;
  useEffect(() => {
    if (!measured) return;
    const wanted = inside && current ? `#${current}` : '';
    if (window.location.hash === wanted) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${wanted}`);
  }, [current, inside, measured]);
}
