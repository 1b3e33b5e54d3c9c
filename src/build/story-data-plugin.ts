// Vite plugin: validates data/story.json at build (a bad file fails the build with file, JSON path and
// problem), and serves or emits it with the downloadable figure files under data/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory } from '#src/data/validate.ts';
import { figuresCsv, figuresJson } from '#src/data/figures-export.ts';
import { mapFrame } from './map-frame.ts';

const storyFile = 'data/story.json';

/** The files the site serves under data/, with their content types. */
function dataFiles(root: string): Map<string, { type: string; body: string }> {
  const path = resolve(root, storyFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${storyFile}: $: not readable as JSON: ${(error as Error).message}`);
  }
  const story = parseStory(raw, storyFile);
  return new Map([
    ['data/story.json', { type: 'application/json', body: JSON.stringify(raw) }],
    ['data/cross-border-figures.csv', { type: 'text/csv; charset=utf-8', body: figuresCsv(story) }],
    ['data/cross-border-figures.json', { type: 'application/json', body: figuresJson(story) }],
    ['data/map-frame.json', { type: 'application/json', body: JSON.stringify(mapFrame(story.places)) }],
  ]);
}

export function storyData(): Plugin {
  let root = process.cwd();
  return {
    name: 'story-data',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.addWatchFile(resolve(root, storyFile));
      dataFiles(root);
    },
    generateBundle() {
      for (const [fileName, file] of dataFiles(root)) this.emitFile({ type: 'asset', fileName, source: file.body });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        if (!path.startsWith('data/')) return next();
        try {
          const file = dataFiles(root).get(path);
          if (!file) return next();
          res.setHeader('Content-Type', file.type);
          res.end(file.body);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
  };
}
