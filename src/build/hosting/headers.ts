// The HTTP headers the site needs from its host, in one place: written as dist/_headers (the form Netlify
// and Cloudflare Pages read), sent by the project's own servers (the tests', `npm start`), and given in the
// README's "Hosting" section for every other host.

/** A path pattern ("/assets/*": `*` matches anything) and the headers for the files it matches. */
export type HeaderRule = { path: string; headers: Record<string, string> };

export const headerRules: HeaderRule[] = [
  {
    path: '/*',
    headers: {
      // An embed in a frame sandboxed without allow-same-origin (WordPress's oEmbed frames) has an opaque
      // origin: its scripts, fonts and data are then fetched across origins, and only this lets them in.
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    },
  },
  // Hashed names change with their content: a year, never revalidated. Everything else keeps its name across
  // deploys (pages, data files, the Pym.js parent), so hosts revalidate it, as they do by default.
  { path: '/assets/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
];

/** The `_headers` file: each pattern, then its headers indented under it. */
export function headersFile(rules: HeaderRule[] = headerRules): string {
  return `${rules.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

/** The headers for a request path under the site's root ("/assets/index-x.js"), every matching rule in order. */
export function headersFor(path: string, rules: HeaderRule[] = headerRules): Record<string, string> {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers)) as Record<string, string>;
}
