// Brings the page to life: hydrates the prerendered story with its inline data, or renders it from scratch.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { makeQueryClient } from './query-client';
import { Root } from './root';
import { readInlineData } from './inline-data';
import { storyQuery } from '@/data/story-query';
import { deriveStory } from '@/data/derive-story';
import type { StoryData } from '@/data/schema';

export function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');

  const client = makeQueryClient();
  const inline = readInlineData(document);
  if (inline !== undefined) {
    // The same data the HTML was rendered from (validated by the build): handed to the query cache, so
    // hydration renders the same tree.
    client.setQueryData(storyQuery.queryKey, deriveStory(inline as StoryData));
    // As a transition, hydration works in short slices between which the browser can paint and scroll,
    // instead of one long task; the prerendered page is already whole meanwhile.
    startTransition(() => {
      hydrateRoot(container, <Root client={client} />);
    });
  } else {
    createRoot(container).render(<Root client={client} />);
  }
}
