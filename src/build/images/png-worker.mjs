// A worker thread of png-workers.ts: renders what it is sent with resvg and sends the PNG back. Both resvg's
// rendering and its PNG encoding run here, off the build's main thread.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort?.on('message', ({ id, svg, options }) => {
  try {
    parentPort?.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) });
  }
});
