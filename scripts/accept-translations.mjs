// Accepts revised translations: node scripts/accept-translations.mjs <code> [path …] (npm run translations:accept).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const [code, ...paths] = process.argv.slice(2);
if (!code) {
  console.error("Usage: npm run translations:accept -- <code> [path …]   (e.g. ru '$.story.meta.dek')");
  process.exit(2);
}
const { module } = await runnerImport(resolve(root, 'src/build/accept-translations.ts'));
const accepted = module.acceptTranslations(root, code, paths);
console.log(`Accepted ${accepted.length} translation${accepted.length === 1 ? '' : 's'} of ${code}: data/editions/${code}.lock.json`);
