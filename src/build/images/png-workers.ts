// PNGs rendered on one worker thread per core (png-worker.mjs). resvg's own async render leaves the PNG's
// encoding, a third of the time, to the build's main thread, one image after another: here both run in parallel.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export type PngWorkers = { render: (svg: string, options: ResvgRenderOptions) => Promise<Buffer>; close: () => Promise<void> };

type Reply = { id: number; png?: Uint8Array; error?: string };

/** The workers, for the project at `root`, started at the first render (none where every PNG is cached); `close` them when done. */
export function pngWorkers(root: string, count = availableParallelism()): PngWorkers {
  const file = join(root, 'src/build/images/png-worker.mjs');
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  const start = () =>
    Array.from({ length: Math.max(1, count) }, () => {
      const worker = new Worker(file);
      worker.on('message', ({ id, png, error }: Reply) => {
        const job = waiting.get(id);
        waiting.delete(id);
        if (png) job?.resolve(Buffer.from(png));
        else job?.reject(new Error(`step images: resvg: ${error}`));
      });
      worker.on('error', (error) => waiting.forEach((job) => job.reject(error)));
      return worker;
    });
  let workers: Worker[] = [];
  let next = 0;
  return {
    render: (svg, options) =>
      new Promise((resolve, reject) => {
        if (workers.length === 0) workers = start();
        const id = next++;
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]?.postMessage({ id, svg, options });
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
