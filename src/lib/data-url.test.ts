import { describe, expect, it } from 'vitest';
import { textDataUrl } from './data-url.ts';

describe('textDataUrl', () => {
  it('round-trips text beyond ASCII through UTF-8', async () => {
    const text = 'Ant Financial – ¥6.5tn ≈ “$935bn”';
    const response = await fetch(textDataUrl('text/plain;charset=utf-8', text));
    expect(await response.text()).toBe(text);
  });
});
