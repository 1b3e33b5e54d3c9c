// Remakes the committed Han font (han-font.ts) from its npm package: the characters the pages show now,
// cut from the full Noto Sans SC, with its licence. Run by src/build/fonts/update-han-font.mjs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageTexts } from '#src/build/fonts-plugin.ts';
import { hanFont, hanPages } from './han-font.ts';
import { subsetHanFont } from './han-subset.ts';
import { writeAtomically } from './subset.ts';

/** Downloads the package into a temporary folder (not into node_modules: nothing else needs its 76 MB). */
function unpack(folder: string): string {
  execFileSync('npm', ['pack', hanFont.package, '--pack-destination', folder, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${hanFont.package} left no tarball in ${folder}`);
  const files = [hanFont.packageFile, hanFont.packageLicence].map((file) => `package/${file}`);
  execFileSync('tar', ['-xzf', join(folder, tarball), '-C', folder, ...files]);
  return join(folder, 'package');
}

/** Writes the subset and its licence; returns the characters it holds and its size. */
export async function updateHanFont(root: string): Promise<{ characters: string; bytes: number }> {
  const characters = [...new Set(hanPages(pageTexts(root)).flatMap(({ text }) => [...text]))].sort().join('');
  const folder = mkdtempSync(join(tmpdir(), 'han-font-'));
  try {
    const unpacked = unpack(folder);
    const woff2 = await subsetHanFont(readFileSync(join(unpacked, hanFont.packageFile)), characters);
    writeAtomically(join(root, hanFont.source), woff2);
    copyFileSync(join(unpacked, hanFont.packageLicence), join(root, hanFont.licence));
    return { characters, bytes: woff2.byteLength };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
