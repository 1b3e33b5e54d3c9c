// The language switch's links (src/story/language-switch.tsx) carry the reader's query and step.
import type { StepEngine } from './step-engine.ts';

/**
 * Writes the reader's query and step onto an edition's link just before it is followed (a click, a middle
 * click, a keyboard's Enter after focus), so the other edition opens at the same step in the same mode.
 * Read then, not when the link was drawn: the hash follows the scroll. One listener on the document: the
 * links are the build's HTML, not an island.
 */
export function carryAddress(doc: Document, engine: StepEngine): void {
  const carry = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-edition-href]') : null;
    const base = link?.dataset.editionHref;
    if (!link || base === undefined) return;
    // Above the story (where the switch is) the address has no step: the one the reader was last in.
    const last = engine.get().last;
    const step = window.location.hash || (last ? `#${last}` : '');
    link.href = `${new URL(base, window.location.href).href.split(/[?#]/)[0]}${window.location.search}${step}`;
  };
  for (const type of ['click', 'auxclick', 'focusin']) doc.addEventListener(type, carry, { capture: true });
}
