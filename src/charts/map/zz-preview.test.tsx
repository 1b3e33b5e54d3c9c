import { writeFileSync, readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { it } from 'vitest';
import { compile } from '@tailwindcss/node';
import { MapSvg } from './map-svg';
import { countries, mapState, mapStateKeys, story } from './test-data';

it('preview', async () => {
  const sizes = [[320, 280], [800, 600], [1280, 800], [320, 560]] as const;
  let body = '';
  const classes = new Set<string>();
  for (const [w, h] of sizes) {
    for (const key of mapStateKeys) {
      const svg = renderToStaticMarkup(<MapSvg story={story} state={mapState(key)} width={w} height={h} countries={countries} />);
      svg.match(/class="([^"]+)"/g)?.forEach((m) => m.slice(7, -1).split(' ').forEach((c) => classes.add(c)));
      body += `<div style="display:inline-block;margin:4px;border:1px solid #ccc;width:${w}px;height:${h}px"><div style="font:10px sans-serif">${key} ${w}x${h}</div>${svg}</div>`;
    }
  }
  const loading = renderToStaticMarkup(<MapSvg story={story} state={mapState('map-belt-and-road')} width={320} height={280} countries={undefined} />);
  body += `<div style="display:inline-block;margin:4px;border:1px solid #ccc;width:320px;height:280px">${loading}</div>`;
  const css = readFileSync('src/styles/index.css', 'utf8').replace(/@import '@fontsource[^;]+;/g, '');
  const compiler = await compile(css, { base: process.cwd(), onDependency: () => {} });
  const out = compiler.build([...classes]);
  writeFileSync('/tmp/map-preview.html', `<!doctype html><html><head><style>${out}</style></head><body style="margin:0">${body}</body></html>`);
  writeFileSync('/tmp/map-classes.txt', [...classes].join('\n'));
});
