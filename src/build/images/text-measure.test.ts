// Specs for choosing the face a card's text is set in, as resvg chooses it, and measuring the text there.
import { describe, expect, test } from 'vitest';
import type { ImageFace } from './image-fonts.ts';
import { faceFor, imageType, nearestWeight } from './text-measure.ts';

/** A face whose every character of `chars` is `advance` thousandths of an em wide. */
const face = (family: string, weight: number, chars: string, advance = 500, italic = false): ImageFace => ({
  family,
  weight,
  italic,
  file: `${family}-${weight}.ttf`,
  advances: new Map([...chars].map((c) => [c.codePointAt(0) ?? 0, advance])),
});

const latin = 'abcdefghijklmnopqrstuvwxyz ';
const faces = [
  face('Serif', 400, latin, 400),
  face('Serif', 700, latin, 450),
  face('Sans', 400, `${latin}ŕ`, 500),
  face('Sans', 700, `${latin}ŕ`, 550),
];
const stacks = { serif: ['Serif Variable', 'Serif', 'serif'], sans: ['Sans', 'sans-serif'] };

describe('the face', () => {
  test('is the nearest weight as CSS picks it: heavier first above 500, lighter first below 400', () => {
    expect(nearestWeight([400, 700], 600)).toBe(700);
    expect(nearestWeight([400, 700], 500)).toBe(400);
    expect(nearestWeight([400, 700], 300)).toBe(400);
    expect(nearestWeight([300, 700], 400)).toBe(300);
  });

  test('is the first family of the list that there is, upright', () => {
    const withItalic = [face('Serif', 400, latin, 400, true), ...faces];
    expect(faceFor(withItalic, stacks.serif, 400)).toBe(faces[0]);
    expect(faceFor(faces, stacks.serif, 600)).toBe(faces[1]);
  });
});

describe('a text', () => {
  const type = imageType(faces, stacks);

  test('is measured in its face: ten characters of half an em at 20 px are 100 px', () => {
    expect(type.measure('abcdefghij', 20, 400, stacks.sans)).toBe(100);
    expect(type.measure('abcdefghij', 20, 700, stacks.serif)).toBe(90);
  });

  test('is set in its family where that draws all of it, and whole in the sans where not', () => {
    expect(type.stackFor('road and belt', 700, 'serif')).toBe(stacks.serif);
    expect(type.stackFor('ŕoad and belt', 700, 'serif')).toBe(stacks.sans);
  });

  test('with a character no face draws stops the build, naming it', () => {
    expect(() => type.stackFor('road 中', 400, 'serif')).toThrow('“中” (U+4E2D)');
    expect(() => type.measure('road ŕ', 12, 400, stacks.serif)).toThrow('“ŕ” (U+0155)');
  });
});
