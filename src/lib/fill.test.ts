// Specs for filling wording templates.
import { expect, test } from 'vitest';
import { fill, fillParts } from './fill.ts';

test('fill puts each value at its placeholder, wherever the template puts it', () => {
  expect(fill('Step {n} of {total}', { n: 3, total: 14 })).toBe('Step 3 of 14');
  expect(fill('第{n}步，共{total}步', { n: 3, total: 14 })).toBe('第3步，共14步');
});

test('fill leaves a placeholder it has no value for as written', () => {
  expect(fill('{who}, as reported by Xinhua', {})).toBe('{who}, as reported by Xinhua');
});

test('fillParts keeps a value that is not text whole, and joins the text around it', () => {
  const name = { element: 'Zhao Ping' };
  expect(fillParts('{name}, {role}, said {quote}.', { name, role: 'an official', quote: 'more' })).toEqual([
    name,
    ', an official, said more.',
  ]);
});

test('fillParts gives a template with no placeholder as one text', () => {
  expect(fillParts('Copied', {})).toEqual(['Copied']);
});
