// Test support: the ids an SVG's aria-labelledby and aria-describedby point at, from static markup.
export function svgNameIds(html: string): { titleId: string; descId: string } {
  const titleId = /aria-labelledby="([^"]+)"/.exec(html)?.[1] ?? '';
  const descId = /aria-describedby="([^"]+)"/.exec(html)?.[1] ?? '';
  return { titleId, descId };
}
