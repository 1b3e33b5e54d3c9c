// The React tree shared by the prerenderer and the browser: providers around the app.
import { StrictMode, type ComponentProps } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App } from './app.tsx';

/** Without `Present`, the reader's story, which is also what the build prerenders. */
export function Root({ client, Present }: { client: QueryClient } & ComponentProps<typeof App>) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App Present={Present} />
      </QueryClientProvider>
    </StrictMode>
  );
}
