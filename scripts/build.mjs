// The site's build, one step after another (npm run build): the site (its pages, data files and fonts);
// the offline build of the same story, folded into each edition's offline.html; then the host's files.
// `--outDir <folder>` builds into another folder than dist/ (the build's own tests); `--pseudo-locale` adds
// the pseudo-locale at xa/ (src/i18n/pseudo-locale.ts), which the tests read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
if (process.argv.includes('--pseudo-locale')) process.env.PSEUDO_LOCALE = '1';
const at = process.argv.indexOf('--outDir');
const siteDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'dist');
const step = async (file) => (await runnerImport(resolve(root, file))).module;

await build({ root, build: { outDir: siteDir, emptyOutDir: true } });

const offlineDir = mkdtempSync(join(tmpdir(), 'cross-border-offline-'));
try {
  const started = performance.now();
  // Its warnings are the site build's own, already shown.
  await build({ root, mode: 'offline', logLevel: 'error', build: { outDir: offlineDir, emptyOutDir: true } });
  const { writeOfflineFiles } = await step('src/build/offline/offline-files.ts');
  for (const line of writeOfflineFiles(offlineDir, siteDir)) console.info(line);
  console.info(`offline: in ${Math.round(performance.now() - started)} ms`);
} finally {
  rmSync(offlineDir, { recursive: true, force: true });
}

const { writeHostingFiles } = await step('src/build/hosting/hosting-files.ts');
console.info(await writeHostingFiles(siteDir));
