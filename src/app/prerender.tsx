// Server-side entry used at build time: renders the whole story to HTML with its data already loaded.
import { renderToString } from 'react-dom/server';
import { makeQueryClient } from './query-client';
import { Root } from './root';
import { storyQuery } from '@/data/story-query';
import { parseStory } from '@/data/validate';

/** The story's HTML (the contents of #root) for the given raw story data. */
export function renderStory(raw: unknown): string {
  const client = makeQueryClient();
  client.setQueryData(storyQuery.queryKey, parseStory(raw));
  return renderToString(<Root client={client} />);
}
