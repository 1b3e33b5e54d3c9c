// Vite plugin for the offline build (`vite build --mode offline`, a step of scripts/build.mjs): the same
// story as one bundle, every dynamic import inlined, since Chromium loads no module script or chunk from
// file://; src/build/offline/offline-files.ts then folds it into each edition's offline.html.
import type { Plugin } from 'vite';

/** The Vite mode of the offline file's build; the page's code sees it as `isOfflineFile` (src/lib/is-offline-file.ts). */
export const offlineMode = 'offline';

export function offline(): Plugin {
  return {
    name: 'offline-file',
    config(_, env) {
      // A literal, not a comparison, so the bundler drops the offline branches (and the code only they
      // use) from the site's own bundle, across chunks too.
      const define = { __OFFLINE_FILE__: JSON.stringify(env.mode === offlineMode) };
      if (env.mode !== offlineMode) return { define };
      return {
        define,
        build: {
          reportCompressedSize: false,
          // Nothing to preload in a single bundle, so no polyfill for it either.
          modulePreload: false,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      };
    },
  };
}
