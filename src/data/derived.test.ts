import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { growthPercent, impliedPreviousValue, increase, roundDerived } from './derived.ts';
import { parseStory } from '#test/support/english.ts';
import { figureById } from './lookup.ts';

describe('derived figures', () => {
  it('implies a 2014 volume of about 4.2 trillion yuan from 5.4 trillion and 28.6 percent growth', () => {
    expect(impliedPreviousValue(5.4, 28.6)).toBeCloseTo(4.199, 3);
  });

  it('implies growth of about 20 percent from 5.4 to 6.5 trillion yuan', () => {
    expect(growthPercent(5.4, 6.5)).toBeCloseTo(20.37, 2);
  });

  it('implies an increase of about 1.1 trillion yuan from 5.4 to 6.5 trillion yuan', () => {
    expect(increase(5.4, 6.5)).toBeCloseTo(1.1, 9);
  });

  it('rounds derived values to the two significant figures their inputs support', () => {
    expect(roundDerived(4.199)).toBe(4.2);
    expect(roundDerived(20.37)).toBe(20);
    expect(roundDerived(6.5 - 5.4)).toBe(1.1);
    expect(roundDerived(NaN)).toBeNaN();
  });

  it('computes the story data’s derived figures from its reported ones, not from typed-in values', () => {
    const story = parseStory(raw);
    expect(figureById(story, 'volume-2014-cny').value).toBeCloseTo(4.199, 3);
    expect(figureById(story, 'growth-2016').value).toBeCloseTo(20.37, 2);
    expect(figureById(story, 'increase-2016-cny').value).toBeCloseTo(1.1, 9);
  });

  it('follows a change in a reported figure', () => {
    const edited = structuredClone(raw);
    const v2015 = edited.figures.find((f) => f.id === 'volume-2015-cny') as { value: number };
    v2015.value = 6.0;
    const story = parseStory(edited);
    expect(figureById(story, 'volume-2014-cny').value).toBeCloseTo(6.0 / 1.286, 6);
    expect(figureById(story, 'growth-2016').value).toBeCloseTo((6.5 / 6.0 - 1) * 100, 6);
    expect(figureById(story, 'increase-2016-cny').value).toBeCloseTo(0.5, 6);
  });

  it('keeps the dollar values the report gives rather than converting', () => {
    const story = parseStory(raw);
    expect(figureById(story, 'volume-2015-usd').value).toBe(770);
    expect(figureById(story, 'volume-2016-usd').value).toBe(935);
    expect(story.figures.some((f) => f.year === 2014 && f.currency === 'USD')).toBe(false);
  });
});
