// Vite plugin: validates the story file and each edition's translation at build, and checks the story against
// its source reports (a bad file stops
// the build with one message: the file, the line and column or the JSON path, and the problem), and serves
// or emits it with the downloadable figure files under data/.
import { resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { StoryDataError } from '#src/data/validate.ts';
import { figuresCsv, figuresJson } from '#src/data/figures-export.ts';
import { mapFrame, pageFrame } from './map-frame.ts';
import { storyFile, StoryFileError } from './story-file.ts';
import { readEditions } from './editions.ts';
import { localeOf } from '#src/data/format.ts';
import { editions, translationFile } from '#src/data/editions.ts';

/** The files the site serves under data/ (and each edition's under its folder), with their content types. */
export function dataFiles(root: string): Map<string, { type: string; body: string }> {
  const files = new Map<string, { type: string; body: string }>();
  const built = readEditions(root);
  const english = built[0]?.story;
  for (const { edition, raw, story, wording } of built) {
    const at = `${edition.path}data/`;
    // In the edition's language, with the report's own sentences as it wrote them (and, beside them, ours).
    const words = wording.interface.download;
    files.set(`${at}story.json`, { type: 'application/json', body: JSON.stringify(raw) });
    files.set(`${at}cross-border-figures.csv`, { type: 'text/csv; charset=utf-8', body: figuresCsv(story, words, english) });
    files.set(`${at}cross-border-figures.json`, { type: 'application/json', body: figuresJson(story, words, english) });
    // The same geometry in each edition, with its countries' and disputed areas' tooltips in its language.
    const frame = pageFrame(mapFrame(story.places, localeOf(story.language)));
    files.set(`${at}map-frame.json`, { type: 'application/json', body: JSON.stringify(frame) });
  }
  return files;
}

/**
 * Ends `vite build` on a mistake in the story file with its message alone. Thrown, it would come after a
 * "Build failed" line per build and before the bundler's stack trace, where an editor would not find it.
 */
function stopBuild(error: unknown, logger: Logger): void {
  if (!(error instanceof StoryDataError || error instanceof StoryFileError)) throw error;
  const lines = error instanceof StoryDataError ? error.problems : [error.message];
  logger.error(['', 'The story cannot be built:', ...lines, ''].join('\n'));
  process.exit(1);
}

export function storyData(): Plugin {
  let root = process.cwd();
  let building = false;
  let logger: Logger | undefined;
  return {
    name: 'story-data',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      logger = config.logger;
    },
    buildStart() {
      this.addWatchFile(resolve(root, storyFile()));
      for (const e of editions.slice(1)) this.addWatchFile(resolve(root, translationFile(e.code)));
      try {
        dataFiles(root);
      } catch (error) {
        if (building && logger) stopBuild(error, logger);
        else throw error;
      }
    },
    generateBundle() {
      for (const [fileName, file] of dataFiles(root)) this.emitFile({ type: 'asset', fileName, source: file.body });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        if (!/^(?:[a-z]{2}\/)?data\//.test(path)) return next();
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
