import { describe, expect, it } from 'vitest';
import { withProjectorTheme } from './projector-address.ts';

describe('withProjectorTheme', () => {
  it('adds and removes the theme and keeps the mode', () => {
    expect(withProjectorTheme('?mode=present', true)).toBe('?mode=present&theme=projector');
    expect(withProjectorTheme('?mode=present&theme=projector', false)).toBe('?mode=present');
    expect(withProjectorTheme('?theme=projector', false)).toBe('');
  });
});
