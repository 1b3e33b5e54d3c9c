// Build, dev server and unit-test configuration.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { storyData } from '#src/build/story-data-plugin.ts';
import { prerender } from '#src/build/prerender-plugin.ts';
import { vendorScripts } from '#src/build/vendor-plugin.ts';
import { fonts } from '#src/build/fonts-plugin.ts';
import { offline } from '#src/build/offline-plugin.ts';
import { hosting } from '#src/build/hosting-plugin.ts';
import { firstVisitChunk } from '#src/build/first-visit-chunk.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (see docs/CONTRACT.md, "Build and hosting").
  base: './',
  plugins: [react(), tailwindcss(), storyData(), prerender(), vendorScripts(), fonts(), offline(), hosting()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Every browser the page supports knows <link rel="modulepreload">: the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // The prerender and the offline file run after the bundle and take seconds on a busy machine, which
    // Rolldown reports as slow plugins: a warning about the machine, not the build.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // One chunk for what a first visit runs (src/build/first-visit-chunk.ts says why).
      output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: firstVisitChunk, debugName: 'start' }] } },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/bench/**/*.test.ts'],
    environment: 'node',
  },
});
