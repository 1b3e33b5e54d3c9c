// The offline files, a step of the build (scripts/build.mjs) after the site's and the offline build's: each
// edition's prerendered page of the offline build, folded with everything it needs into its offline.html
// beside its page in the site (ru/offline.html).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineFile } from '#src/lib/offline-file.ts';
import { builtEntries } from '#src/build/edition/read-editions.ts';
import { offlineHtml } from './offline-html.ts';
import { graphicsFolder } from '#src/graphics/graphic-file.ts';

/**
 * An edition's page (one folder down, its files' addresses "../assets/…") with its addresses as the root
 * page's: the offline file inlines every one of them, so where the page sat no longer matters.
 */
const oneFolderUp = (html: string) => html.replace(/(=["']|url\()\.\.\//g, '$1./');

/** Writes every edition's offline file into `siteDir` from the offline build in `offlineDir`; returns a line per file. */
export function writeOfflineFiles(offlineDir: string, siteDir: string): string[] {
  return builtEntries().map(({ path }) => {
    const page = oneFolderUp(readFileSync(join(offlineDir, path, 'index.html'), 'utf8'));
    // Its data (the map's frame, with the countries' names in its language) and graphic files are the edition's own.
    const own = (file: string) => file.startsWith('data/') || file.startsWith(`${graphicsFolder}/`);
    const html = offlineHtml(page, (file) => readFileSync(join(offlineDir, own(file) ? `${path}${file}` : file)));
    writeFileSync(join(siteDir, path, offlineFile.path), html);
    return `offline: ${path}${offlineFile.path}, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`;
  });
}
