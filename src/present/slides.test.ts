import { describe, expect, it } from 'vitest';
import { hashForSlide, actionForKey, slideAfter, slideFromHash, slideLabel, swipeMove } from './slides.ts';
import { editionOf, wordsOf } from '#test/support/edition.ts';

const { t } = wordsOf(await editionOf('en'));

const ids = ['beyond-china', 'moscow', 'yu-ping'];

describe('presentation keys', () => {
  it('goes on with the right and down arrows, PageDown (clickers) and Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(actionForKey(key)).toBe('next');
  });
  it('goes back with the left and up arrows and PageUp', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(actionForKey(key)).toBe('previous');
  });
  it('jumps with Home and End, toggles full screen with F, and leaves other keys alone', () => {
    expect(actionForKey('Home')).toBe('first');
    expect(actionForKey('End')).toBe('last');
    expect(actionForKey('f')).toBe('fullscreen');
    expect(actionForKey('F')).toBe('fullscreen');
    for (const key of ['Enter', 'Tab', 'Escape', 'p', 'Backspace']) expect(actionForKey(key)).toBeNull();
  });
});

describe('moving between slides', () => {
  it('stops at the title and at the last step', () => {
    expect(slideAfter('previous', 0, 3)).toBe(0);
    expect(slideAfter('next', 3, 3)).toBe(3);
    expect(slideAfter('next', 0, 3)).toBe(1);
    expect(slideAfter('previous', 2, 3)).toBe(1);
  });
  it('jumps to the title and to the last step', () => {
    expect(slideAfter('first', 2, 3)).toBe(0);
    expect(slideAfter('last', 0, 3)).toBe(3);
  });
});

describe('the address', () => {
  it('names each step by its id and the title by no hash', () => {
    expect(hashForSlide(0, ids)).toBe('');
    expect(hashForSlide(2, ids)).toBe('#moscow');
    expect(slideFromHash('#moscow', ids)).toBe(2);
    expect(slideFromHash('', ids)).toBe(0);
  });
  it('opens an unknown or malformed hash at the title', () => {
    expect(slideFromHash('#sources', ids)).toBe(0);
    expect(slideFromHash('#%E0%A4%A', ids)).toBe(0);
  });
});

describe('labels and swipes', () => {
  it('counts steps, not the title', () => {
    expect(slideLabel(t, 0, 14)).toBe('Title');
    expect(slideLabel(t, 3, 14)).toBe('Step 3 of 14');
  });
  it('reads a long horizontal swipe as a move and ignores taps and vertical scrolls', () => {
    expect(swipeMove(-120, 10)).toBe('next');
    expect(swipeMove(120, -20)).toBe('previous');
    expect(swipeMove(-30, 0)).toBeNull();
    expect(swipeMove(-80, 90)).toBeNull();
  });
});
