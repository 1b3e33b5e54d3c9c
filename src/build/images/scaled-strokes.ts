// Strokes that keep their width however the drawing is scaled (vector-effect="non-scaling-stroke": the map's
// borders, drawn inside the frame's transform) written out as plain widths in the drawing's own units. resvg
// keeps such a stroke's width in the PNG's pixels, so a PNG twice as wide had borders half as thick.

const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;

/** How much an SVG transform list scales lengths (the square root of its determinant). */
export function transformScale(transform: string): number {
  let scale = 1;
  for (const [, name = '', args = ''] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (name === 'scale') scale *= Math.sqrt(Math.abs((n[0] ?? 1) * (n[1] ?? n[0] ?? 1)));
    else if (name === 'matrix') scale *= Math.sqrt(Math.abs((n[0] ?? 1) * (n[3] ?? 1) - (n[1] ?? 0) * (n[2] ?? 0)));
  }
  return scale;
}

const round = (n: number) => String(Math.round(n * 1e4) / 1e4);

/**
 * `svg` (a drawing, as React writes it) with each non-scaling stroke's width and dashes divided by the scale
 * the transforms above it, its own included, apply: the same look at the drawing's own size, and scaled with
 * it everywhere else.
 */
export function scaledStrokes(svg: string): string {
  const scales = [1];
  return svg.replace(tag, (whole, closing: string, name: string, list: string, selfClosing: string) => {
    if (closing) {
      scales.pop();
      return whole;
    }
    const attributes = new Map([...list.matchAll(/\s+([\w:-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key, value]));
    const scale = (scales.at(-1) ?? 1) * transformScale(attributes.get('transform') ?? '');
    if (!selfClosing) scales.push(scale);
    if (attributes.get('vector-effect') !== 'non-scaling-stroke') return whole;
    attributes.delete('vector-effect');
    attributes.set('stroke-width', round(Number(attributes.get('stroke-width') ?? 1) / scale));
    const dashes = attributes.get('stroke-dasharray');
    if (dashes)
      attributes.set(
        'stroke-dasharray',
        dashes
          .split(/[\s,]+/)
          .map((d) => round(Number(d) / scale))
          .join(' '),
      );
    return `<${name}${[...attributes].map(([key, value]) => ` ${key}="${value}"`).join('')}${selfClosing ? '/' : ''}>`;
  });
}
