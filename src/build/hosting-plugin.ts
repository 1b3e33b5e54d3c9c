// Vite plugin: the dev server sends the headers the built site asks its host for (hosting/headers.ts); the
// build writes them as dist/_headers in its last step (hosting/hosting-files.ts).
import type { Plugin } from 'vite';
import { headersFor } from './hosting/headers.ts';

export function hosting(): Plugin {
  return {
    name: 'hosting',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor((req.url ?? '/').split('?')[0] ?? '/'))) res.setHeader(name, value);
        next();
      });
    },
  };
}
