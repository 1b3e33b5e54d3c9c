// The React tree shared by the prerenderer and the browser: providers around the app.
import { StrictMode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { PageMode } from '@/embed/page-mode';
import { App } from './app';

/** `mode` defaults to the reader's story, which is also what the build prerenders. */
export function Root({ client, mode = 'story' }: { client: QueryClient; mode?: PageMode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App mode={mode} />
      </QueryClientProvider>
    </StrictMode>
  );
}
