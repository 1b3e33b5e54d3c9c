// Each step's graphic as a file of its own, per edition (dist/graphics/<step-id>.svg, dist/ru/graphics/…):
// what the printed handout and the presentation's thumbnails show. Drawn by the page's own components
// (src/graphics/static-drawing.tsx) and styled by a stylesheet of their own, since an SVG shown as an image
// sees none of the page's CSS: Tailwind's utilities for the classes the files use, with the house tokens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { graphicFile as graphicAddress } from '#src/graphics/graphic-file.ts';
import { classesIn, usedClassesCss } from './used-classes-css.ts';

export type StepGraphic = { id: string; svg: string };

/*
 * The house fonts are the page's (an image loads none): their metric-matched fallbacks stand in, and Han
 * comes from the system's CJK font, glyph by glyph.
 */
const fallbacks = `:root{--sans-fallbacks:Arial,'DejaVu Sans',system-ui,sans-serif;--serif-fallbacks:Georgia,'DejaVu Serif',serif}`;

/** The CSS for every class the graphics use, light theme (src/styles/theme.css). */
export async function graphicStylesheet(root: string, graphics: StepGraphic[]): Promise<string> {
  const input = `@import 'tailwindcss/theme' layer(theme);\n@import 'tailwindcss/utilities' layer(utilities);\n@import './theme.css';`;
  const classes = classesIn(graphics.map(({ svg }) => svg));
  return fallbacks + (await usedClassesCss(input, join(root, 'src/styles'), classes));
}

/** A standalone SVG file: its namespace, its drawing size, and its stylesheet. */
export function standaloneSvg(svg: string, css: string): string {
  const file = svg
    .replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"')
    .replace(/^(<svg[^>]*?) width="100%" height="100%"/, (_, start: string) => {
      const [, , width, height] = /viewBox="(\S+) (\S+) (\S+) (\S+)"/.exec(start)?.slice(1) ?? [];
      return `${start} width="${width}" height="${height}"`;
    });
  if (file === svg || !file.endsWith('</svg>')) throw new Error('graphic files: not one <svg> element');
  return `${file.slice(0, -'</svg>'.length)}<style>${css.replace(/</g, '\\3c ')}</style></svg>`;
}

/** Writes an edition's graphic files into its folder of the site (`dir`). */
export function writeGraphicFiles(dir: string, graphics: StepGraphic[], css: string): void {
  for (const { id, svg } of graphics) {
    const file = join(dir, decodeURIComponent(graphicAddress(id)));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, standaloneSvg(svg, css));
  }
}
