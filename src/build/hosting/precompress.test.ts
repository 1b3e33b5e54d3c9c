// Specs for the brotli and gzip copies the build writes beside the site's text files, and only those.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { precompress } from './precompress.ts';

const folder = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a step’s SVG gets its brotli and gzip copies; its PNGs, already compressed, none', async () => {
  const step = join(folder, 'steps/moscow');
  mkdirSync(step, { recursive: true });
  writeFileSync(join(step, 'graphic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  for (const png of ['graphic.png', 'graphic@2x.png', 'share.png']) writeFileSync(join(step, png), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  expect(await precompress(folder)).toBe(1);
  expect(existsSync(join(step, 'graphic.svg.br')) && existsSync(join(step, 'graphic.svg.gz'))).toBe(true);
  for (const png of ['graphic.png', 'graphic@2x.png', 'share.png'])
    expect(existsSync(join(step, `${png}.br`)) || existsSync(join(step, `${png}.gz`)), png).toBe(false);
});
