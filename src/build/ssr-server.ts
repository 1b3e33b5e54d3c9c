// The build renders its pages and images with the app's own components, loaded through Vite's server-side
// module loading as the dev server loads them (path aliases, TSX, the build's mode): one short-lived
// server per use, closed whatever happens.
import { createServer, type ViteDevServer } from 'vite';

/**
 * Runs `work` with a Vite server in middleware mode for the project at `root`, then closes it.
 * @param mode the build's Vite mode, so modules load as that build's code does (e.g. the offline file's)
 */
export async function withSsrServer<T>(root: string, mode: string, work: (server: ViteDevServer) => Promise<T>): Promise<T> {
  const server = await createServer({
    root,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}
