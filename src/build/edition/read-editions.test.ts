// Specs for reading every edition at build: a change to the English stops the build naming its translations in every edition.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { StoryDataError } from '#src/data/validate.ts';
import { readEditions } from './read-editions.ts';

const project = resolve(import.meta.dirname, '../../..');
const copy = mkdtempSync(join(tmpdir(), 'read-editions-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('stops on one changed English sentence, naming its Russian and Chinese translations and the command that accepts each', () => {
  cpSync(join(project, 'data'), join(copy, 'data'), { recursive: true });
  const file = join(copy, 'data/story.json');
  const before = 'The report says only that the move was recent.';
  writeFileSync(file, readFileSync(file, 'utf8').replace(before, 'The report says only that the move was quite recent.'));
  const problems = (() => {
    try {
      readEditions(copy, { pseudo: false });
      return [];
    } catch (error) {
      if (!(error instanceof StoryDataError)) throw error;
      return error.problems;
    }
  })();
  expect(problems).toEqual(
    ['ru', 'zh'].map((code) =>
      expect.stringMatching(
        new RegExp(
          `^data/editions/${code}\\.json: \\$\\.story\\.steps\\.moscow\\.paragraphs\\.p2: translates English that has changed since: revise it against “The report says only that the move was quite recent\\..*”, then run npm run translations:accept -- data/editions/${code}\\.json '\\$\\.story\\.steps\\.moscow\\.paragraphs\\.p2'$`,
        ),
      ),
    ),
  );
});
