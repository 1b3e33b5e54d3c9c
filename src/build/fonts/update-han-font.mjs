// Remakes src/build/fonts/han/noto-sans-sc.woff2, the Chinese edition's fallback font, for the characters
// the pages show now: `node src/build/fonts/update-han-font.mjs` (the build says when it is needed).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const { module } = await runnerImport(resolve(root, 'src/build/fonts/han-update.ts'));
const { characters, bytes } = await module.updateHanFont(root);
process.stdout.write(`src/build/fonts/han/noto-sans-sc.woff2: ${[...characters].length} characters, ${(bytes / 1024).toFixed(1)} KB\n`);
