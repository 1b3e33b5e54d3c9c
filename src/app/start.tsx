// Brings the page to life: hydrates the prerendered story's islands with its inline data, or draws the presentation.
import { startTransition } from 'react';
import type { createRoot, hydrateRoot } from 'react-dom/client';
import type { PageOptions } from './page-mode.ts';
import { hostViewport } from '#src/embed/host-viewport.ts';
import { makeQueryClient } from './query-client.ts';
import { Providers, type Shared } from './providers.tsx';
import type { Edition } from '#src/edition/edition.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import { replaceAddress } from '#src/lib/replace-address.ts';
import { renamedStepId } from '#src/data/published-ids.ts';
import { Committed, islands, type IslandName } from '#src/story/islands.tsx';
import { startStepEngine, stillEngine, type StepEngine } from '#src/story/step-engine.ts';
import { carryAddress } from '#src/story/carry-address.ts';
import { loadDeferredGraphics } from '#src/story/deferred-graphics.ts';
import { renderHiddenGraphics } from '#src/story/hidden-graphics.ts';
import { mapFrameQuery } from '#src/graphics/map/frame-query.ts';

/**
 * Follows the story's steps: a step at or after the first that needs a deferred graphic (a deep link, a
 * reload mid-story, a jump) starts its download at once; a map step after them needs it too, as the panel
 * draws the graphics passed before it.
 */
function followSteps(root: ParentNode, edition: Edition): StepEngine {
  const { steps, graphicStates } = edition.story;
  const scrolly = root.querySelector<HTMLElement>('[data-scrolly]');
  if (!scrolly) return stillEngine;
  const firstDeferred = steps.findIndex((step) => graphicStates[step.state]?.graphic !== 'map');
  return startStepEngine(
    scrolly,
    steps.map((s) => s.id),
    ({ index }) => {
      if (firstDeferred !== -1 && index >= firstDeferred) loadDeferredGraphics();
    },
  );
}

/** React DOM's two entries this page uses: main.ts downloads it beside this module, and hands it over. */
export type Dom = { createRoot: typeof createRoot; hydrateRoot: typeof hydrateRoot };

/** Hydrates each island in `root`; resolves once all are live. */
function hydrateIslands(dom: Dom, root: ParentNode, shared: Shared): Promise<void> {
  const live = [...root.querySelectorAll<HTMLElement>('[data-island]')].map((element) => {
    const Island = islands[element.dataset.island as IslandName] as (typeof islands)[IslandName] | undefined;
    if (!Island) return Promise.resolve();
    return new Promise<void>((committed) => {
      // As a transition, hydration works in short slices between which the browser can paint and scroll.
      startTransition(() => {
        dom.hydrateRoot(
          element,
          <Providers {...shared}>
            <Island />
            <Committed onCommit={committed} />
          </Providers>,
        );
      });
    });
  });
  return Promise.all(live).then(() => {});
}

/**
 * Brings `edition`'s page to life. Rejects if code it needs cannot be downloaded; the prerendered page then
 * stays as it is (src/app/main.ts). The page is marked live (`data-live`) once it responds: the
 * prerendered HTML looks the same before, so tests and embedding hosts can tell when scrolling starts to
 * drive the graphics.
 */
export async function start(options: PageOptions, edition: Edition, dom: Dom): Promise<void> {
  const container = document.getElementById(pageIds.root);
  if (!container) throw new Error(`The page has no #${pageIds.root} element`);
  const live = () => document.documentElement.setAttribute('data-live', '');

  const client = makeQueryClient();
  // A link to a step's former id (published before a rename) opens the step under its id now.
  const renamed = renamedStepId(edition.story.steps, window.location.hash);
  if (renamed) replaceAddress({ hash: `#${renamed}` });
  if (options.mode === 'present') {
    // The page's head asked for the map's countries (index.html); the slides take them at once, not at the
    // map's slide: that slide then has them, and the browser does not report the head's request as unused.
    void client.prefetchQuery(mapFrameQuery);
    // The slides replace the prerendered story only once their code is here: until then (or if it never
    // comes), the reader sees the story, never a blank screen.
    const { PresentPage } = await import('#src/present/present-page.tsx');
    container.replaceChildren();
    dom.createRoot(container).render(
      <Providers client={client} edition={edition}>
        <PresentPage story={edition.story} />
        <Committed onCommit={live} />
      </Providers>,
    );
    carryAddress(document, stillEngine);
  } else {
    const engine = followSteps(container, edition);
    carryAddress(document, engine);
    void hydrateIslands(dom, container, { client, edition, engine })
      .then(live)
      .then(() => renderHiddenGraphics(document));
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
