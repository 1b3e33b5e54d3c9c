import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { boundTexts, paragraphKey } from './basis.ts';

describe('boundTexts', () => {
  it('finds every bound text of the story with its JSON path and its key by ids', () => {
    const bound = boundTexts(raw);
    expect(bound.find((b) => b.key === 'meta.dek')?.path).toBe('$.meta.dek');
    expect(bound.find((b) => b.key === paragraphKey('lazada', 'p2'))?.path).toBe('$.steps[5].paragraphs[1]');
    expect(bound.find((b) => b.key === 'gaps.moscow-why')?.basis).toEqual(['s2', 's1']);
    expect(bound.find((b) => b.key === 'steps.li-hui.glosses.cross-border-e-commerce')?.basis).toEqual({ ours: 'gloss' });
    expect(new Set(bound.map((b) => b.key)).size).toBe(bound.length);
  });
});
