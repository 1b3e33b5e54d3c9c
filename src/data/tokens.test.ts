// Number tokens written out: each form, the English edition's way, as the graphics' labels and tables write them.
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { figureById } from './lookup.ts';
import { constants, resolveTokens } from './tokens.ts';
import { cellCount } from '#src/graphics/share/waffle.ts';
import { parseStory } from '#test/support/english.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';

const story = parseStory(raw);
const figures = new Map(story.figures.map((f) => [f.id, f]));
const format = englishFormat();
const write = (text: string) => resolveTokens(text, figures, format);

describe('number tokens', () => {
  it('write a figure as the tables state it: unit words, “about” where approximate or derived', () => {
    expect(write('{volume-2015-cny} ({volume-2015-usd}), up {growth-2015}')).toBe(
      '5.4 trillion yuan (about 770 billion US dollars), up 28.6 percent',
    );
    expect(write('{volume-2014-cny}')).toBe('about 4.2 trillion yuan');
    for (const f of story.figures) expect(write(`{${f.id}}`), f.id).toBe(format.figure(f).stated);
  });

  it('write the value alone, a derived one rounded as the page states it', () => {
    expect(write('{lazada-stake:value} and {volume-2014-cny:value} and {growth-2016:value}')).toBe('1.0 and 4.2 and 20');
  });

  it('write a method’s steps: a derived value before rounding, a rate as a fraction or a growth factor', () => {
    expect(write('{volume-2014-cny:value.3} {growth-2016:value.1} {growth-2016:fraction.3} {growth-2015:factor.3}')).toBe(
      '4.199 20.4 0.204 1.286',
    );
  });

  it('write the constants of the page’s own making', () => {
    expect(write('{#grid-squares} squares, less {#one}')).toBe('100 squares, less 1');
    expect(constants['grid-squares'], 'the share graphic’s squares').toBe(cellCount);
  });

  it('follow the figures: a reported value changed changes every sentence derived from it', () => {
    const changed = new Map(figures);
    changed.set('volume-2014-cny', { ...figureById(story, 'volume-2014-cny'), value: 9.4 / 1.286 });
    expect(resolveTokens('{volume-2014-cny}', changed, format)).toBe('about 7.3 trillion yuan');
  });

  it('leave the page’s prose with no token in it', () => {
    expect(JSON.stringify(story)).not.toMatch(/\{[a-z#][a-z0-9.:-]*\}/);
  });
});
