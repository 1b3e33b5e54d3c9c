import { describe, expect, it } from 'vitest';
import { textDataUrl } from './data-url.ts';

describe('textDataUrl', () => {
  it('percent-encodes the text after the type, so quotes, commas and line breaks survive', () => {
    expect(textDataUrl('text/csv;charset=utf-8', 'id,label\r\na,"b, c"\r\n')).toBe(
      'data:text/csv;charset=utf-8,id%2Clabel%0D%0Aa%2C%22b%2C%20c%22%0D%0A',
    );
  });

  it('round-trips text beyond ASCII through UTF-8', async () => {
    const text = 'Ant Financial – ¥6.5tn ≈ “$935bn”';
    const response = await fetch(textDataUrl('text/plain;charset=utf-8', text));
    expect(await response.text()).toBe(text);
  });
});
