// Brings the page to life: hydrates the prerendered story with its inline data, or draws the presentation.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { PageOptions } from './page-mode.ts';
import { hostViewport } from '#src/embed/host-viewport.ts';
import { makeQueryClient } from './query-client.ts';
import { Root } from './root.tsx';
import type { Edition } from '#src/edition/edition.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import { replaceAddress } from '#src/lib/replace-address.ts';
import { renamedStepId } from '#src/data/published-ids.ts';

/**
 * Brings `edition`'s page to life. Rejects if code it needs cannot be downloaded; the prerendered page then
 * stays as it is (src/app/main.ts).
 */
export async function start(options: PageOptions, edition: Edition): Promise<void> {
  const container = document.getElementById(pageIds.root);
  if (!container) throw new Error(`The page has no #${pageIds.root} element`);

  const client = makeQueryClient();
  // A link to a step's former id (published before a rename) opens the step under its id now.
  const renamed = renamedStepId(edition.story.steps, window.location.hash);
  if (renamed) replaceAddress({ hash: `#${renamed}` });
  if (options.mode === 'present') {
    // The slides replace the prerendered story only once their code is here: until then (or if it never
    // comes), the reader sees the story, never a blank screen.
    const { PresentPage } = await import('#src/present/present-page.tsx');
    container.replaceChildren();
    createRoot(container).render(<Root client={client} edition={edition} Present={PresentPage} />);
  } else if (container.firstElementChild) {
    // As a transition, hydration works in short slices between which the browser can paint and scroll,
    // instead of one long task; the prerendered page is already whole meanwhile.
    startTransition(() => {
      hydrateRoot(container, <Root client={client} edition={edition} />);
    });
  } else {
    // The dev server's page, which is not prerendered.
    createRoot(container).render(<Root client={client} edition={edition} />);
  }
  if (options.mode === 'embed' && options.childId) {
    // Only Pym.js embeds speak the protocol: readers' first visit does not download it. Without it the
    // story still works, as in a plain iframe.
    void import('#src/embed/pym-child.ts')
      .then(({ startPymChild }) =>
        startPymChild((message) => {
          // Lengths in viewport units follow the host's viewport (CSSOM, which the CSP allows).
          document.documentElement.style.setProperty('--story-vh', `${message.viewport.height / 100}px`);
          hostViewport.update(message);
        }),
      )
      .catch(() => {});
  }
}
