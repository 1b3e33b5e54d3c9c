// Vite plugin: validates the story file at build and checks it against its source reports (a bad file stops
// the build with one message: the file, the line and column or the JSON path, and the problem), and serves
// or emits it with the downloadable figure files under data/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import type { StoryData } from '#src/data/schema.ts';
import { deriveStory } from '#src/data/derive-story.ts';
import { sourceProblems, type Problem, type Reports } from '#src/data/source-checks.ts';
import { StoryDataError, validateStory } from '#src/data/validate.ts';
import { figuresCsv, figuresJson } from '#src/data/figures-export.ts';
import { mapFrame } from './map-frame.ts';
import { readStoryJson, storyFile, StoryFileError } from './story-file.ts';

/**
 * The text of each source's report, from the project's data/ folder (where the real story file is; a copy
 * under test, named by STORY_FILE, is checked against the same reports).
 */
function readReports(root: string, data: StoryData, problems: Problem[]): Reports {
  const reports: Reports = {};
  data.sources.forEach((source, i) => {
    if (!source.file) return problems.push({ path: `$.sources[${i}].file`, message: 'is missing: the build checks the story against it' });
    try {
      reports[source.id] = readFileSync(resolve(root, 'data', source.file), 'utf8');
    } catch {
      problems.push({ path: `$.sources[${i}].file`, message: `cannot be read (data/${source.file})` });
    }
  });
  return reports;
}

/** The story file validated, checked against its reports, and derived. @throws StoryDataError, StoryFileError */
function checkedStory(root: string) {
  const raw = readStoryJson(root);
  const data = validateStory(raw, storyFile());
  const problems: Problem[] = [];
  const reports = readReports(root, data, problems);
  problems.push(...sourceProblems(data, reports));
  if (problems.length > 0) throw new StoryDataError(storyFile(), problems);
  return { raw, story: deriveStory(data) };
}

/** The files the site serves under data/, with their content types. */
function dataFiles(root: string): Map<string, { type: string; body: string }> {
  const { raw, story } = checkedStory(root);
  return new Map([
    ['data/story.json', { type: 'application/json', body: JSON.stringify(raw) }],
    ['data/cross-border-figures.csv', { type: 'text/csv; charset=utf-8', body: figuresCsv(story) }],
    ['data/cross-border-figures.json', { type: 'application/json', body: figuresJson(story) }],
    ['data/map-frame.json', { type: 'application/json', body: JSON.stringify(mapFrame(story.places)) }],
  ]);
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
