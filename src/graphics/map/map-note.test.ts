import { describe, expect, it } from 'vitest';
import { placeNote, wrapNote } from './map-note.ts';

describe('map note', () => {
  it('wraps at spaces but keeps a name on one line', () => {
    const lines = wrapNote('Arrow: Russian agricultural products into China, as Li Hui describes', 150, 12);
    expect(lines.join(' ')).toBe('Arrow: Russian agricultural products into China, as Li Hui describes');
    expect(lines.some((l) => l.includes('Li Hui'))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(wrapNote('as Li Hui', 40, 12)).toEqual(['as', 'Li Hui']);
    expect(wrapNote('Shaded: Thailand', 40, 12)).toEqual(['Shaded:', 'Thailand']);
  });

  it('goes to the bottom-left corner, or the next one clear of what is drawn', () => {
    const size = { width: 320, height: 280 };
    expect(placeNote('Shaded: two countries', [], size).box).toMatchObject({ x0: 8, y1: 272 });
    const blocked = placeNote('Shaded: two countries', [{ x0: 0, y0: 200, x1: 320, y1: 280 }], size);
    expect(blocked.box.y0).toBe(8);
  });
});
