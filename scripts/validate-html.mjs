// Checks the built pages against the HTML standard: the Nu Html Checker (the W3C's, vnu-jar) where Java is
// present, as on CI; html-validate otherwise, which runs in Node but does not check SVG's attributes.
// Its CSS messages are left out: the checker's CSS grammar predates what the page's styles use
// (@starting-style, @property, paint-order). So is its rule that only a stylesheet link may carry
// `blocking`: the standard allows it on `<link rel="expect">` too (the pages' first-paint hold,
// src/build/head-tags.ts; e2e/head.spec.ts checks that link). Usage: node scripts/validate-html.mjs [folder=dist]
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import vnu from 'vnu-jar';

const folder = process.argv[2] ?? 'dist';
const pages = readdirSync(folder, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.html'))
  .map((name) => join(folder, name));

const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
try {
  if (hasJava)
    execFileSync(
      'java',
      [
        '-jar',
        String(vnu),
        '--errors-only',
        '--no-langdetect',
        '--filterpattern',
        '.*CSS: .*|.*with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.*',
        ...pages,
      ],
      {
        stdio: 'inherit',
      },
    );
  else execFileSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', ...pages], { stdio: 'inherit' });
} catch {
  console.error(`\nThe built HTML is not valid (${hasJava ? 'Nu Html Checker' : 'html-validate'}): see above.`);
  process.exit(1);
}
console.log(`${pages.length} pages are valid HTML (${hasJava ? 'Nu Html Checker' : 'html-validate'}).`);
