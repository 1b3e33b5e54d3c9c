// The real build (`npm run build`: scripts/build.mjs), run on copies of the story file: what an editor's mistake prints.
// (What a hostile but valid headline becomes in the pages' heads is checked where each head is made:
// head-tags.test.ts, step-pages.test.ts.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import raw from '#data/story.json';

const folder = mkdtempSync(join(tmpdir(), 'story-build-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Builds the site from `text` as the story file; resolves with the exit status, what it printed (its output,
 * then its errors), and the output folder. Builds run side by side: each is a process of its own.
 */
function build(name: string, text: string) {
  const file = join(folder, `${name}.json`);
  const outDir = join(folder, `${name}-dist`);
  writeFileSync(file, text);
  const child = spawn(process.execPath, ['scripts/build.mjs', '--outDir', outDir], {
    env: { ...process.env, STORY_FILE: file, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  return new Promise<{ status: number | null; printed: string[]; file: string; outDir: string }>((done) =>
    child.on('close', (status) => {
      const printed = `${output.stdout}${output.stderr}`.split('\n').filter((line) => line.trim() !== '');
      done({ status, printed, file, outDir });
    }),
  );
}

const pretty = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

describe.concurrent('an editor’s mistake in the story file stops the build with one message and nothing else', () => {
  it.each([
    [
      'invalid JSON: the file, line and column',
      pretty(raw).replace('"headline": "', '"headline" "'),
      ':5:16: not valid JSON: unexpected string',
    ],
    ['a byte-order mark, named as such', `\ufeff${pretty(raw)}`, ':1:1: the file starts with a byte-order mark'],
    [
      'a schema problem: the JSON path',
      pretty({ ...raw, steps: raw.steps.map((s, i) => (i === 4 ? { ...s, state: 'map-mars' } : s)) }),
      ': $.steps[4].state: unknown graphic state "map-mars"',
    ],
    [
      'a step id the page keeps for itself',
      pretty({ ...raw, steps: raw.steps.map((s, i) => (i === 2 ? { ...s, id: 'edition' } : s)) }),
      ': $.steps[2].id: "edition" is an id the page keeps for',
    ],
    [
      'an invented quote: not in the report word for word',
      pretty({ ...raw, quotes: raw.quotes.map((q, i) => (i === 1 ? { ...q, text: `${q.text}, the best of all` } : q)) }),
      ': $.quotes[1].text: is not in the report (data/source/xinhua-2016-12-27-cross-border-ecommerce.txt) word for word',
    ],
    [
      'a number typed into the prose',
      pretty({
        ...raw,
        gaps: raw.gaps.map((g, i) => (i === 4 ? { ...g, text: g.text.replace('{share-foreign-trade}', '20 percent') } : g)),
      }),
      ': $.gaps[4].text: "20" is a number typed into the prose: write the figure’s token, {share-foreign-trade} or',
    ],
  ])('%s', async (name, text, message) => {
    const { status, printed, file } = await build(name.replace(/\W+/g, '-'), text);
    expect(status).toBe(1);
    // The bundler's banner, then the message: no "Build failed" lines, no stack, no offline build.
    expect(printed.slice(1)).toEqual(['The story cannot be built:', expect.stringContaining(`${file}${message}`)]);
  });
});
