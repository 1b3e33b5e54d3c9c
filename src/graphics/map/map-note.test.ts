import { describe, expect, it } from 'vitest';
import { placeNote, wrapNote } from './map-note.ts';
import { setting } from '#test/support/map-test-data.ts';

const { type } = setting;

describe('map note', () => {
  it('wraps at spaces but keeps a name on one line', () => {
    const lines = wrapNote(type, 'Arrow: Russian agricultural products into China, as Li Hui describes', 150, 12);
    expect(lines.join(' ')).toBe('Arrow: Russian agricultural products into China, as Li Hui describes');
    expect(lines.some((l) => l.includes('Li Hui'))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(wrapNote(type, 'as Li Hui', 40, 12)).toEqual(['as', 'Li Hui']);
    expect(wrapNote(type, 'Shaded: Thailand', 40, 12)).toEqual(['Shaded:', 'Thailand']);
  });

  it('goes to the bottom-left corner, or the next one clear of what is drawn', () => {
    const size = { width: 320, height: 280 };
    expect(placeNote(type, 'Shaded: two countries', [], size).box).toMatchObject({ x0: 8, y1: 272 });
    const blocked = placeNote(type, 'Shaded: two countries', [{ x0: 0, y0: 200, x1: 320, y1: 280 }], size);
    expect(blocked.box.y0).toBe(8);
  });

  it('puts the legend against the note, above it or below it, or in the next clear corner', () => {
    const size = { width: 320, height: 280 };
    const note = placeNote(type, 'Shaded: two countries', [], size);
    const legend = placeNote(type, 'Hatched: disputed areas', [note.box], size, 12, 19, note.box);
    expect(legend.box.x0).toBe(note.box.x0);
    expect(legend.box.y1).toBeLessThanOrEqual(note.box.y0);
    expect(legend.x).toBe(note.box.x0 + 19);
    const topNote = placeNote(type, 'Shaded: two countries', [{ x0: 0, y0: 200, x1: 320, y1: 280 }], size);
    const below = placeNote(type, 'Hatched: disputed areas', [topNote.box], size, 12, 19, topNote.box);
    expect(below.box.y0).toBeGreaterThanOrEqual(topNote.box.y1);
  });
});
