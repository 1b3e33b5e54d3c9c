// A small static file server that behaves as the static hosts the story is published on do: it sends the
// headers the build wrote in `_headers` (Netlify's and Cloudflare Pages' form), serves the build's brotli or
// gzip copy of a file where the browser takes it, and revalidates what `_headers` does not cache. Used by the
// browser tests, `npm run bench` and `npm start`'s built preview. Usage: node scripts/static-server.mjs [folder=dist] [port=4173]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt']);

/** The rules of a `_headers` file: a path pattern (`*` matches anything), then its headers indented under it. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .split('*')
            .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
        ),
        headers: {},
      });
    else if (line.trim() && rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim()] = value.join(':').trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}

/** Starts serving `folder` on 127.0.0.1:`port`; resolves with the server once it listens. */
export function serveStatic(folder, port) {
  const root = resolve(folder);
  const headersFile = join(root, '_headers');
  const headersFor = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : () => ({});
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let name;
    try {
      name = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (/%E0%A4%A) is the client's mistake: answer it, and keep serving everyone else.
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    let path = normalize(join(root, name));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) || path === headersFile) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(path);
    const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...headersFor(url.pathname) };
    const accepts = req.headers['accept-encoding'] ?? '';
    // The build's own copies first, as hosts that serve precompressed files do; else gzip on the fly.
    const copy =
      compressible.has(ext) &&
      ['br', 'gzip'].find((e) => new RegExp(`\\b${e}\\b`).test(accepts) && existsSync(`${path}.${e === 'br' ? 'br' : 'gz'}`));
    const onTheFly = !copy && compressible.has(ext) && /\bgzip\b/.test(accepts);
    if (compressible.has(ext)) headers.Vary = 'Accept-Encoding';
    if (copy || onTheFly) headers['Content-Encoding'] = copy || 'gzip';
    const file = copy ? `${path}.${copy === 'br' ? 'br' : 'gz'}` : path;
    if (!onTheFly) headers['Content-Length'] = statSync(file).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (onTheFly ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [folder = 'dist', port = '4173'] = process.argv.slice(2);
  await serveStatic(folder, Number(port));
  console.warn(`Serving ${folder} at http://127.0.0.1:${port}/ as a static host would`);
}
