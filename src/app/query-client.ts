// Shared TanStack Query defaults: the site's data is bundled and never changes while a page is open.
import { QueryClient } from '@tanstack/react-query';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // One quiet retry for a dropped connection; bad data will not get better by asking again.
        // (Checked by name so this module does not pull the schema code into the first-visit bundle.)
        retry: (failures, error) => failures < 1 && error.name !== 'StoryDataError',
        retryDelay: 400,
      },
    },
  });
}
