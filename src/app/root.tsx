// The reader's page as the build prerenders it (src/app/prerender.tsx): the site's chrome around the story.
import type { QueryClient } from '@tanstack/react-query';
import type { Story } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { StoryPage } from '#src/story/story-page.tsx';
import { Providers } from './providers.tsx';
import { SiteChrome } from './site-chrome.tsx';

export function Root({ client, edition }: { client: QueryClient; edition: Edition<Story> }) {
  return (
    <Providers client={client} edition={edition}>
      <SiteChrome brand={edition.story.meta.kicker}>
        <StoryPage story={edition.story} />
      </SiteChrome>
    </Providers>
  );
}
