import { describe, expect, it } from 'vitest';
import { appCodeFiles, checkSelfContained } from './app-code-plugin.ts';

type Bundle = Parameters<typeof appCodeFiles>[0];
const chunk = (fileName: string, extra: { name?: string; isEntry?: boolean; imports?: string[]; exports?: string[] } = {}) => ({
  type: 'chunk',
  fileName,
  name: extra.name ?? fileName,
  isEntry: extra.isEntry ?? false,
  imports: extra.imports ?? [],
  exports: extra.exports ?? [],
});
const bundleOf = (...chunks: ReturnType<typeof chunk>[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c])) as unknown as Bundle;

describe('appCodeFiles', () => {
  it('lists every chunk the start entry imports statically, each once and after what it imports, the entry last', () => {
    const bundle = bundleOf(
      chunk('assets/index-a.js', { name: 'index', isEntry: true }),
      chunk('assets/start-b.js', { name: 'start', isEntry: true, imports: ['assets/start-c.js'], exports: ['start'] }),
      chunk('assets/start-c.js', { imports: ['assets/runtime-d.js', 'assets/start-b.js'] }),
      chunk('assets/runtime-d.js'),
      chunk('assets/later-e.js', { imports: ['assets/runtime-d.js'] }),
    );
    expect(appCodeFiles(bundle)).toEqual(['assets/runtime-d.js', 'assets/start-c.js', 'assets/start-b.js']);
  });

  it('fails the build without a start entry', () => {
    expect(() => appCodeFiles(bundleOf(chunk('assets/index-a.js', { name: 'index', isEntry: true })))).toThrow(/"start" entry/);
  });
});

describe('checkSelfContained', () => {
  it('accepts an entry that imports and exports nothing', () => {
    expect(() => checkSelfContained(bundleOf(chunk('assets/index-a.js')), 'assets/index-a.js')).not.toThrow();
  });

  it('fails the build when other chunks import from the entry, or it from them', () => {
    const exporting = bundleOf(chunk('assets/index-a.js', { exports: ['t'] }));
    expect(() => checkSelfContained(exporting, 'assets/index-a.js')).toThrow(/shares code with other chunks \(t\)/);
    const importing = bundleOf(chunk('assets/index-a.js', { imports: ['assets/helper-b.js'] }));
    expect(() => checkSelfContained(importing, 'assets/index-a.js')).toThrow(/helper-b\.js/);
  });
});
