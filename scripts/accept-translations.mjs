// Accepts revised translations: node scripts/accept-translations.mjs <file> [path …] (npm run translations:accept).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const [file, ...paths] = process.argv.slice(2);
if (!file) {
  console.error("Usage: npm run translations:accept -- <file> [path …]   (e.g. data/editions/ru.json '$.story.meta.dek')");
  process.exit(2);
}
const { module } = await runnerImport(resolve(root, 'src/build/accept-translations.ts'));
const accepted = module.acceptTranslations(root, file, paths);
console.log(`Accepted ${accepted.length} translation${accepted.length === 1 ? '' : 's'} of ${file}.`);
