// Build, dev server and unit-test configuration. One `site` per build: the editions, their pages, data and
// fonts are made once and shared by the plugins (src/build/edition/site.ts). The offline files and the host's
// files are later steps of `npm run build` (scripts/build.mjs).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { storyData } from '#src/build/story-data-plugin.ts';
import { prerender } from '#src/build/prerender-plugin.ts';
import { vendorScripts } from '#src/build/vendor-plugin.ts';
import { fontCacheDir, fonts } from '#src/build/fonts-plugin.ts';
import { offline } from '#src/build/offline-plugin.ts';
import { hosting } from '#src/build/hosting-plugin.ts';
import { site } from '#src/build/edition/site.ts';
import { sourcePages } from '#src/build/source-page-plugin.ts';
import { stepPages } from '#src/build/step-pages-plugin.ts';
import { stepImages } from '#src/build/images/images-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const project = site(root, fontCacheDir(root));

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (see docs/CONTRACT.md, "Build and hosting").
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    storyData(project),
    prerender(project),
    vendorScripts(),
    fonts(project),
    offline(),
    hosting(),
    sourcePages(project),
    stepPages(project),
    stepImages(project),
  ],
  // The dev server finds every package the page may load up front (the later graphics' too), or it would
  // bundle them when first asked for and reload the page in the reader's face.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', '!src/**/*.test.tsx'] },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Every browser the page supports knows <link rel="modulepreload">: the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // One stylesheet, which the page has inline (src/build/inline-css.ts), and no chunk lists as its own: split
    // per chunk, a lazy chunk named it, and loading the chunk linked it again (a second download and a
    // restyle of the whole page, a 200 ms task at 4x CPU at the reader's first scroll, in the bench's traces).
    cssCodeSplit: false,
    rolldownOptions: {
      // The prerender takes seconds on a busy machine, which Rolldown reports as a slow plugin: a warning
      // about the machine, not the build.
      checks: { bundlerTimings: false },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Worker threads start faster than processes: 45 against 52 s for the suite on a 2-core machine.
    pool: 'threads',
    // The test files share a worker's modules (the project keeps no module-level mutable state): most import
    // the editions, and building them once per worker, not once per file, took the suite from 43 to 25 s.
    isolate: false,
  },
});
