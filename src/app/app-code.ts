// Loads the app's code (src/app/start.tsx) from the files the page names in <meta name="app-code">.
//
// The page's entry (main.ts) is inline in the built page (src/build/inline-entry.ts), and an inline module
// cannot be imported by other chunks. A bundler import of './start' would have made it the home of code
// that other chunks share (Vite's preload helper), and they would have fetched and run the entry a second
// time. So the start is an entry of the build of its own, and the build lists its files in the page
// (src/build/app-code-plugin.ts), each after the files it imports, the start's own last.
//
// All are fetched at once; then they are imported one at a time, each in a task of its own. Imported
// together, evaluating React DOM and the app's code was one long task on a slow phone (about 120 ms at a
// quarter of this machine's speed); one chunk at a time, the browser can paint and respond in between.
import { appCodeMeta } from '#src/lib/app-code-meta.ts';
import { nextTask } from '#src/lib/next-task.ts';

// Read directly, not through src/lib/is-offline-file.ts: that module is the app's too, and the entry
// (which imports this one) may share none with it.
declare const __OFFLINE_FILE__: boolean;

type StartModule = typeof import('./start.tsx');

export async function importStart(doc: Document = document): Promise<StartModule> {
  // The offline file is one bundle: there the start is an ordinary dynamic import, inlined by the build.
  if (__OFFLINE_FILE__) return import('./start.tsx');
  const files = (doc.querySelector<HTMLMetaElement>(`meta[name="${appCodeMeta}"]`)?.content ?? '').split(/\s+/).filter(Boolean);
  if (files.length === 0) throw new Error(`The page names no app code (<meta name="${appCodeMeta}">)`);
  for (const href of files) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    doc.head.append(link);
  }
  let module: unknown;
  for (const [i, href] of files.entries()) {
    if (i > 0) await nextTask();
    module = await import(/* @vite-ignore */ href);
  }
  return module as StartModule;
}
