// Server-side entry used at build time: renders an edition's whole story to HTML.
import { prerenderToNodeStream } from 'react-dom/static';
import type { Edition } from '#src/edition/edition.ts';
import { makeQueryClient } from './query-client.ts';
import { Root } from './root.tsx';

/**
 * The story's HTML (the contents of #root) in `edition`. `prerender` waits for every lazily loaded graphic,
 * so the HTML holds all of them. Nothing here is shared between editions: they may render at once.
 */
export async function renderStory(edition: Edition): Promise<string> {
  // An unlimited chunk size keeps every boundary inline: no completion scripts (which the CSP would block).
  const { prelude } = await prerenderToNodeStream(<Root client={makeQueryClient()} edition={edition} />, {
    progressiveChunkSize: Infinity,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
