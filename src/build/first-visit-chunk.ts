// Rolldown chunking rules: everything the page's code runs on a first visit goes into one chunk, but
// for React, which gets one of its own (`reactChunk`, below), evaluated first.
//
// Left to itself, Rolldown moves modules that the first-visit chunk shares with lazily loaded chunks
// (React, the number formats, the data table…) into extra shared chunks, although the lazy chunks are only
// ever loaded by the first-visit one: a first visit then pays for more requests and some kilobytes of
// glue between chunks. This rule names one group for the whole static import tree of the app's start
// (src/app/start.tsx), leaving out what the tiny entry (src/app/main.ts) needs before the first paint.

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
 * (Vite's preload helper, the page-mode reader), and the entry then imports the whole chunk before the
 * first paint.
 */
export function firstVisitChunk(id: string, ctx: Context): string | null {
  if (importedStaticallyBy(id, isEntry, ctx)) return null;
  return importedStaticallyBy(id, isStart, ctx) ? 'start' : null;
}

/**
 * React and React DOM in a chunk of their own, ahead of the rest of the first-visit code: the page imports
 * it first, in a task of its own (src/app/app-code.ts), so that evaluating it and the app's code are two
 * shorter tasks instead of one long one.
 */
export const reactChunk = { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 };
