import { describe, expect, it } from 'vitest';
import { fileDataUrl } from './file-data-url.ts';

describe('fileDataUrl', () => {
  it('writes a font as a base64 font/woff2 URL', () => {
    expect(fileDataUrl('assets/inter-subset-x.woff2', new Uint8Array([0x77, 0x4f, 0x46, 0x32]))).toBe('data:font/woff2;base64,d09GMg==');
  });

  it('types the icon by its extension', () => {
    expect(fileDataUrl('favicon.svg', Buffer.from('<svg/>'))).toBe('data:image/svg+xml;base64,PHN2Zy8+');
  });

  it('refuses a kind of file it has no type for', () => {
    expect(() => fileDataUrl('assets/x.avif', new Uint8Array())).toThrow(/no data: URL type for assets\/x\.avif/);
  });
});
