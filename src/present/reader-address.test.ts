import { describe, expect, it } from 'vitest';
import { readerAddress } from './reader-address.ts';

/** The offline file, opened from a USB stick. */
const fromFile = { protocol: 'file:', origin: 'null', pathname: '/media/usb/offline.html' };

describe('the address in the QR code', () => {
  it('is the page itself without the presentation query or the step', () => {
    const location = { protocol: 'https:', origin: 'https://example.org', pathname: '/news/2016/cross-border/' };
    expect(readerAddress(location, null)).toBe('https://example.org/news/2016/cross-border/');
  });
  it('is the published address when the page was opened from a file', () => {
    expect(readerAddress(fromFile, 'https://example.org/cross-border/')).toBe('https://example.org/cross-border/');
  });
  it('is none from a file with no published address', () => {
    expect(readerAddress(fromFile, null)).toBeNull();
    expect(readerAddress(fromFile, './')).toBeNull();
  });
});
