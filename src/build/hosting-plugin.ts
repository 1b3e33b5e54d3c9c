// Vite plugin: what the built site needs from its host. After every other step has written its files, it
// writes dist/_headers (hosting/headers.ts) and a brotli and a gzip copy of each text file; the dev server
// sends the same headers.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { headersFile, headersFor } from './hosting/headers.ts';
import { precompress } from './hosting/precompress.ts';
import { offlineMode } from './offline-plugin.ts';

export function hosting(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'hosting',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor((req.url ?? '/').split('?')[0] ?? '/'))) res.setHeader(name, value);
        next();
      });
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    closeBundle: {
      // After the prerendered pages and the offline files are written.
      order: 'post',
      sequential: true,
      async handler() {
        if (config.command !== 'build' || config.build.ssr || failed || config.mode === offlineMode) return;
        const outDir = resolve(config.root, config.build.outDir);
        writeFileSync(resolve(outDir, '_headers'), headersFile());
        const count = await precompress(outDir);
        config.logger.info(`hosting: _headers, and brotli and gzip copies of ${count} files`);
      },
    },
  };
}
