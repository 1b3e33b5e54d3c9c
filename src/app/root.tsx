// The React tree shared by the prerenderer and the browser: providers around the app.
import { StrictMode, type ComponentProps } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import { App } from './app.tsx';

/** Without `Present`, the reader's story, which is also what the build prerenders. */
export function Root({ client, edition, Present }: { client: QueryClient; edition: Edition } & ComponentProps<typeof App>) {
  return (
    <StrictMode>
      <EditionProvider edition={edition}>
        <QueryClientProvider client={client}>
          <App Present={Present} />
        </QueryClientProvider>
      </EditionProvider>
    </StrictMode>
  );
}
