// Brotli and gzip copies of the site's text files beside them (index.html.br, index.html.gz), made once at
// build, for hosts that serve precompressed files instead of compressing each request.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { stepFiles } from '#src/steps/step-addresses.ts';

export const compressibleTypes = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt', '.xml']);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli's best for what a reader's visit fetches; a notch lower for downloads, where it would take seconds
 * for a few percent: the half-megabyte-plus offline files, and the steps' SVG images.
 */
const quality = (path: string, bytes: number) => (bytes < 512 * 1024 && basename(path) !== stepFiles.svg ? 11 : 9);

/** Writes `<file>.br` and `<file>.gz` beside every text file under `folder` (on zlib's threads); resolves with how many. */
export async function precompress(folder: string): Promise<number> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && compressibleTypes.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(
    files.map(async (path) => {
      const bytes = await readFile(path);
      const params = { [constants.BROTLI_PARAM_QUALITY]: quality(path, bytes.length), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
      await Promise.all([
        writeFile(`${path}.br`, await brotli(bytes, { params })),
        writeFile(`${path}.gz`, await gzipped(bytes, { level: 9 })),
      ]);
    }),
  );
  return files.length;
}
