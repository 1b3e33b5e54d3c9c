// Render spec for the "Print handout" button.
import { expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PrintControl } from './print-control.tsx';

test('the print control is a plain button named "Print handout"', () => {
  expect(renderToStaticMarkup(<PrintControl />)).toMatch(/^<button type="button"[^>]*>Print handout<\/button>$/);
});
