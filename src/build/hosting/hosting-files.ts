// The host's files, the build's last step (scripts/build.mjs), once every other file is written:
// dist/_headers (headers.ts) and a brotli and a gzip copy of each text file (precompress.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers.ts';
import { precompress } from './precompress.ts';

/** Writes them into `siteDir`; returns the log's line. */
export async function writeHostingFiles(siteDir: string): Promise<string> {
  writeFileSync(join(siteDir, '_headers'), headersFile());
  return `hosting: _headers, and brotli and gzip copies of ${await precompress(siteDir)} files`;
}
