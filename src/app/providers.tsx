// What every part of the page's React tree is drawn inside: the edition, the query client, the scroll engine.
import { StrictMode, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import { stillEngine, type StepEngine } from '#src/story/step-engine.ts';
import { StepsProvider } from '#src/story/steps-context.tsx';

export type Shared = { client: QueryClient; edition: Edition; engine?: StepEngine };

/** The same for the prerendered page, each island hydrated in it, and the presentation. */
export function Providers({ client, edition, engine = stillEngine, children }: Shared & { children: ReactNode }) {
  return (
    <StrictMode>
      <EditionProvider edition={edition}>
        <QueryClientProvider client={client}>
          <StepsProvider engine={engine}>{children}</StepsProvider>
        </QueryClientProvider>
      </EditionProvider>
    </StrictMode>
  );
}
