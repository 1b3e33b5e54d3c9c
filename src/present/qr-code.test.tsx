import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import jsQR from 'jsqr';
import { QrCode } from './qr-code.tsx';

/** Rasterises the component's path (squares "M{x} {y}h1v1h-1z") at `scale` pixels a module, as RGBA. */
function rasterise(svg: string, scale: number) {
  const size = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const value = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`) ? 0 : 255;
      pixels.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return { pixels, width };
}

describe('QR code', () => {
  it('decodes back to the address it was given', () => {
    const address = 'https://example.org/news/2016/cross-border/';
    const svg = renderToStaticMarkup(<QrCode text={address} label="QR code" />);
    const { pixels, width } = rasterise(svg, 4);
    expect(jsQR(pixels, width, width)?.data).toBe(address);
  });
  it('is named for assistive technology and keeps a quiet zone', () => {
    const svg = renderToStaticMarkup(<QrCode text="https://example.org/" label="QR code for the story" />);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR code for the story"');
    expect(svg).not.toMatch(/M[0-3] /);
  });
});
