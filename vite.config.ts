// Build, dev server and unit-test configuration.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { storyData } from '#src/build/story-data-plugin.ts';
import { prerender } from '#src/build/prerender-plugin.ts';
import { vendorScripts } from '#src/build/vendor-plugin.ts';
import { fonts } from '#src/build/fonts-plugin.ts';
import { offline } from '#src/build/offline-plugin.ts';
import { firstVisitChunk, reactChunk } from '#src/build/first-visit-chunk.ts';
import { appCode } from '#src/build/app-code-plugin.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (see docs/CONTRACT.md, "Build and hosting").
  base: './',
  plugins: [react(), tailwindcss(), storyData(), prerender(), vendorScripts(), fonts(), offline(), appCode()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Every browser the page supports knows <link rel="modulepreload">: the polyfill would only add bytes
    // to the entry, which is inline in the page (src/build/inline-entry.ts).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: { includeDependenciesRecursively: false, groups: [reactChunk, { name: firstVisitChunk, debugName: 'start' }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
