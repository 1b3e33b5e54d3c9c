// Vite plugin: stops the build on a mistake in the story file or an edition's files (with one message: the
// file, the line and column or the JSON path, and the problem), and serves or emits each edition's data
// files under its data/: the story data, the downloadable figures, the claims (what each sentence rests on)
// and the map frame in its language.
import type { Logger, Plugin } from 'vite';
import { StoryDataError } from '#src/data/validate.ts';
import { figuresCsv, figuresJson } from './edition/figures-export.ts';
import { claimsCsv, claimsFile } from './edition/claims.ts';
import type { Site } from './edition/site.ts';
import { StoryFileError } from './story-file.ts';

/** The files the site serves under data/ (and each edition's under its folder), with their content types. */
export function dataFiles(site: Site): Map<string, { type: string; body: string }> {
  const files = new Map<string, { type: string; body: string }>();
  const built = site.editions();
  const english = built[0]?.story;
  for (const edition of built) {
    const { entry, raw, story, format, frame } = edition;
    const at = `${entry.path}data/`;
    // In the edition's language, with the report's own sentences as it wrote them (and, beside them, ours).
    files.set(`${at}story.json`, { type: 'application/json', body: JSON.stringify(raw) });
    files.set(`${at}cross-border-figures.csv`, { type: 'text/csv; charset=utf-8', body: figuresCsv(story, format, english) });
    files.set(`${at}cross-border-figures.json`, { type: 'application/json', body: figuresJson(story, format, english) });
    files.set(`${at}map-frame.json`, { type: 'application/json', body: JSON.stringify(frame()) });
    const claims = claimsFile(edition, built[0] ?? edition);
    files.set(`${at}claims.json`, { type: 'application/json', body: `${JSON.stringify(claims, null, 2)}\n` });
    files.set(`${at}claims.csv`, { type: 'text/csv; charset=utf-8', body: claimsCsv(claims) });
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

export function storyData(site: Site): Plugin {
  let building = false;
  let logger: Logger | undefined;
  return {
    name: 'story-data',
    configResolved(config) {
      building = config.command === 'build';
      logger = config.logger;
    },
    buildStart() {
      try {
        site.editions();
      } catch (error) {
        if (building && logger) stopBuild(error, logger);
        else throw error;
      }
    },
    generateBundle() {
      for (const [fileName, file] of dataFiles(site)) this.emitFile({ type: 'asset', fileName, source: file.body });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        if (!/^(?:[a-z]{2}\/)?data\//.test(path)) return next();
        try {
          const file = dataFiles(site).get(path);
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
