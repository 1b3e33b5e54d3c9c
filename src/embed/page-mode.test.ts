import { describe, expect, it } from 'vitest';
import { readPageOptions } from './page-mode';

describe('readPageOptions', () => {
  it('is the reader’s story by default', () => {
    expect(readPageOptions('')).toEqual({ mode: 'story', childId: null, transparent: false });
  });
  it('reads the embed mode with Pym.js’s child id and the background option', () => {
    expect(readPageOptions('?mode=embed&initialWidth=640&childId=story-1&background=transparent')).toEqual({
      mode: 'embed',
      childId: 'story-1',
      transparent: true,
    });
  });
  it('ignores an unknown mode and a child id that could smuggle a delimiter or markup', () => {
    expect(readPageOptions('?mode=admin&childId=a%3Cb%3ExPYMx')).toEqual({ mode: 'story', childId: null, transparent: false });
  });
});
