// The application: loads the story and shows it (as a page, or as slides), a placeholder, or an error with a retry.
import { useEffect, type ComponentType } from 'react';
import type { Story } from '#src/data/validate.ts';
import { useStory } from '#src/data/story-query.ts';
import { StoryPage } from '#src/story/story-page.tsx';
import { SiteChrome } from './site-chrome.tsx';
import { StoryLoadError, StoryPlaceholder } from './load-states.tsx';

/**
 * `Present` is the presentation's page (src/present/present-page.tsx), given only in presentation mode:
 * its code is loaded before the app starts there (src/app/start.tsx), and stays out of readers' visits.
 */
export function App({ Present }: { Present?: ComponentType<{ story: Story }> }) {
  const query = useStory();
  // Marks the page as live (hydrated): the prerendered HTML looks the same before, so tests and
  // embedding hosts can tell when scrolling starts to drive the graphics.
  useEffect(() => document.documentElement.setAttribute('data-live', ''), []);
  let content;
  if (query.isSuccess && Present) return <Present story={query.data} />;
  if (query.isSuccess) content = <StoryPage story={query.data} />;
  else if (query.isError) content = <StoryLoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else content = <StoryPlaceholder />;
  return <SiteChrome brand={query.data?.meta.kicker}>{content}</SiteChrome>;
}
