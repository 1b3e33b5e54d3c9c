import { describe, expect, it } from 'vitest';
import { readPageOptions } from './page-mode.ts';

describe('readPageOptions', () => {
  it('is the reader’s story by default', () => {
    expect(readPageOptions('')).toEqual({ mode: 'story', childId: null, transparent: false, projector: false });
  });
  it('reads the embed mode with Pym.js’s child id and the background option', () => {
    expect(readPageOptions('?mode=embed&initialWidth=640&childId=story-1&background=transparent')).toEqual({
      mode: 'embed',
      childId: 'story-1',
      transparent: true,
      projector: false,
    });
  });
  it('reads the presentation mode and the projector theme', () => {
    expect(readPageOptions('?mode=present&theme=projector')).toMatchObject({ mode: 'present', projector: true });
    expect(readPageOptions('?theme=dark')).toMatchObject({ mode: 'story', projector: false });
  });
  it('ignores an unknown mode and a child id that could smuggle a delimiter or markup', () => {
    expect(readPageOptions('?mode=admin&childId=a%3Cb%3ExPYMx')).toEqual({
      mode: 'story',
      childId: null,
      transparent: false,
      projector: false,
    });
  });
});
