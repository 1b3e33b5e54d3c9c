// Specs for putting the page's icon inline.
import { describe, expect, it } from 'vitest';
import { inlineIcon } from './inline-icon.ts';

const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';

describe('inlineIcon', () => {
  it('replaces the icon link’s address with the file as a data: URL', () => {
    const html = inlineIcon('<head><link rel="icon" href="./favicon.svg" type="image/svg+xml" /></head>', (path) => {
      expect(path).toBe('favicon.svg');
      return Buffer.from(svg);
    });
    expect(html).toBe(
      `<head><link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" type="image/svg+xml" /></head>`,
    );
  });

  it('fails loudly when the page has no icon link', () => {
    expect(() => inlineIcon('<head></head>', () => Buffer.from(svg))).toThrow(/no <link rel="icon">/);
  });
});
