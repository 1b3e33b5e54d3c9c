// The step pages' one script (src/steps/step-embed-mode.ts) as the browser gets it: a classic script, not a
// module (a sandboxed frame's opaque origin would fetch a module with CORS), so not through the bundle, whose
// chunks are modules. It imports nothing: its TypeScript is stripped and minified, no more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify, transformWithOxc } from 'vite';

/** Its source, from the project's root. */
export const embedModeSource = 'src/steps/step-embed-mode.ts';

/** The script's name, which the build hashes into assets/ (long cached, as the host's headers cache assets/). */
export const embedModeName = 'step-embed-mode.js';

/** The script's code. @throws Error if it does not compile */
export async function embedModeScript(root: string): Promise<string> {
  const file = join(root, embedModeSource);
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  const minified = await minify(embedModeName, code, { module: false });
  if (minified.errors.length > 0) throw new Error(`${embedModeSource}: ${minified.errors.map((e) => e.message).join('; ')}`);
  return minified.code;
}
