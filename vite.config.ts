// Build, dev server and unit-test configuration.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { storyData } from './src/build/story-data-plugin';
import { prerender } from './src/build/prerender-plugin';
import { vendorScripts } from './src/build/vendor-plugin';
import { fonts } from './src/build/fonts-plugin';
import { offline } from './src/build/offline-plugin';
import { firstVisitChunk } from './src/build/first-visit-chunk';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (see CONTRACT.md, "Build and hosting").
  base: './',
  plugins: [react(), tailwindcss(), storyData(), prerender(), vendorScripts(), fonts(), offline()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: firstVisitChunk }] } } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
