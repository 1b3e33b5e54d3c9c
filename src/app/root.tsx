// The React tree shared by the prerenderer and the browser: providers around the app.
import { StrictMode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { PageMode } from './page-mode.ts';
import { App } from './app.tsx';

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
