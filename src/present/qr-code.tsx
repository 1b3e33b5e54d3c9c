// A QR code drawn as one SVG path, from uqr's module matrix (a port of Nayuki's reference encoder).
import { useMemo } from 'react';
import { encode } from 'uqr';

type Props = {
  /** The text to encode (an address). */
  text: string;
  /** The accessible name, e.g. "QR code for https://…". */
  label: string;
  className?: string;
};

/** One square per dark module; the four-module quiet zone the standard asks for is part of the drawing. */
function modulesPath(data: boolean[][]): string {
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

/** Always dark on white, whatever the theme: phone cameras read inverted codes badly. */
export function QrCode({ text, label, className }: Props) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    return { size: qr.size, path: modulesPath(qr.data) };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={className}
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
