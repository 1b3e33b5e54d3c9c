// Vite plugin: makes the app's start (src/app/start.tsx) an entry of the site's build of its own, and
// writes its files into the page's <meta name="app-code">, from which the inline entry loads it after the
// first paint (src/app/app-code.ts explains why). It also checks that the page's entry shares no code with
// the rest: inline, the entry cannot be imported by other chunks.
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { appCodeMeta } from '#src/lib/app-code-meta.ts';
import { offlineMode } from './offline-plugin.ts';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

const startEntry = 'start';

/**
 * The start's entry chunk and every chunk it imports statically (directly or not), as file names, each
 * after the chunks it imports (cycles aside), so the start's entry comes last. The page imports them in
 * this order, one a task (src/app/app-code.ts): each import then evaluates one chunk, not all of them.
 */
export function appCodeFiles(bundle: Bundle): string[] {
  const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
  const start = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === startEntry);
  if (!start) throw new Error(`app-code: the build has no "${startEntry}" entry chunk`);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
    ordered.push(file);
  };
  visit(start.fileName);
  return ordered;
}

/** Fails the build if the page's own entry imports or exports anything: it goes inline in the page. */
export function checkSelfContained(bundle: Bundle, entryFile: string): void {
  const entry = Object.values(bundle).find((output): output is Chunk => output.type === 'chunk' && output.fileName === entryFile);
  if (!entry) throw new Error(`app-code: ${entryFile} is not in the build`);
  const shared = [...entry.imports, ...entry.exports];
  if (shared.length > 0) {
    throw new Error(
      `app-code: the page's entry (${entryFile}) shares code with other chunks (${shared.join(', ')}); it must import nothing statically and export nothing, since it goes inline in the page`,
    );
  }
}

export function appCode(): Plugin {
  let site = true;
  return {
    name: 'app-code',
    config(user, env) {
      // The offline file is one bundle, from the page's entry alone.
      site = env.command === 'build' && env.mode !== offlineMode;
      if (!site) return;
      const root = resolve(user.root ?? process.cwd());
      const input = { index: resolve(root, 'index.html'), [startEntry]: resolve(root, 'src/app/start.tsx') };
      // An app's entries export nothing by default; the start's `start()` is what the page imports.
      return { build: { rolldownOptions: { input, preserveEntrySignatures: 'allow-extension' } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!site || !ctx.bundle || !ctx.chunk) return;
        checkSelfContained(ctx.bundle, ctx.chunk.fileName);
        const content = appCodeFiles(ctx.bundle)
          .map((file) => `./${file}`)
          .join(' ');
        const meta = new RegExp(`<meta name="${appCodeMeta}" content="[^"]*"\\s*/?>`);
        if (!meta.test(html)) throw new Error(`app-code: index.html has no <meta name="${appCodeMeta}">`);
        return html.replace(meta, () => `<meta name="${appCodeMeta}" content="${content}" />`);
      },
    },
  };
}
