// Rolldown chunking rule: everything the app's start runs on a first visit goes into one chunk.
//
// Left to itself, Rolldown moves modules that the first-visit code shares with lazily loaded chunks (the
// number formats, D3's scales, the data table, React's JSX runtime…) into extra shared chunks, although the
// lazy chunks are only ever loaded after the first-visit code: a first visit then paid for 8 script requests
// and 99.5 KB gzip instead of 3 and about 92 KB (over the 95 KB budget that e2e/budget.spec.ts holds), for
// the glue between chunks and the worse compression of small files. This rule names one group for the
// whole static import tree of the app's start (src/app/start.tsx), leaving what the entry
// (src/app/main.ts) imports itself in the entry's chunk.

type ModuleInfo = { importers: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

/** Whether `target` statically imports `id`, directly or through other modules. */
export function importedStaticallyBy(id: string, target: (id: string) => boolean, ctx: Context): boolean {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (target(current)) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(ctx.getModuleInfo(current)?.importers ?? []));
  }
  return false;
}

const isStart = (id: string) => id.endsWith('/src/app/start.tsx');
const isEntry = (id: string) => id.endsWith('/src/app/main.ts');

/**
 * A CodeSplittingGroup name function: 'start' for the start's own modules, none for the rest. Use it with
 * `includeDependenciesRecursively: false`, or the group also takes what the entry shares with the start
 * (Vite's preload helper, the page-mode reader), and the entry would then import the whole chunk statically.
 */
export function firstVisitChunk(id: string, ctx: Context): string | null {
  if (importedStaticallyBy(id, isEntry, ctx)) return null;
  return importedStaticallyBy(id, isStart, ctx) ? 'start' : null;
}
