// Keeps the address's #step-id in step with the reader, and opens the story at the step a link names.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { lastVisitedStep } from '#src/lib/last-visited-step.ts';
import { replaceAddress } from '#src/lib/replace-address.ts';
import type { ActiveStep } from './use-active-step.ts';

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
 * (never pushes) the hash as the current step changes, and drops a step's hash when the reader leaves
 * the story, above or below it.
 */
export function useStepHash(ids: readonly string[], active: ActiveStep) {
  const started = useRef(false);

  useLayoutEffect(() => {
    if (started.current) return;
    started.current = true;
    const target = stepFromHash(window.location.hash, ids);
    // A prerendered page has already been scrolled to the step by the browser (the step's element has the
    // id), and the reader may have moved on since: only a page drawn by script starts at the top.
    if (target && window.scrollY === 0) scrollToStep(target);
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
    if (inside && current) lastVisitedStep.set(current);
    const hash = window.location.hash;
    // Outside the story, a fragment that names no step (#sources) is the reader's own: leave it.
    if (!inside && hash && !stepFromHash(hash, ids)) return;
    replaceAddress({ hash: inside && current ? `#${current}` : '' });
  }, [current, inside, measured, ids]);
}
