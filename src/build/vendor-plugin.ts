// Vite plugin: serves the Pym.js parent script from the site itself (vendor/pym.v1.min.js), so editors'
// pages can load it from the story's own host instead of a CDN.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const files = { 'vendor/pym.v1.min.js': 'pym.js/dist/pym.v1.min.js' };

function read(specifier: string): string {
  return readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8');
}

export function vendorScripts(): Plugin {
  return {
    name: 'vendor-scripts',
    generateBundle() {
      for (const [fileName, specifier] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: read(specifier) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        const specifier = files[path as keyof typeof files];
        if (!specifier) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(read(specifier));
      });
    },
  };
}
