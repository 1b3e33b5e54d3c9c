// The build's binary files (fonts, the icon) as data: URLs, for the offline file, which has nothing beside it.
import { extname } from 'node:path';

const types: Record<string, string> = { '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * A base64 `data:` URL for a file, typed by its extension.
 * @throws Error for an extension with no known type, so a new kind of asset is noticed, not sent untyped
 */
export function fileDataUrl(path: string, bytes: Uint8Array): string {
  const type = types[extname(path).toLowerCase()];
  if (!type) throw new Error(`offline: no data: URL type for ${path}`);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}
