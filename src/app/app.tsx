// The application: loads the story and shows it, a placeholder, or an error with a retry.
import { useEffect } from 'react';
import { useStory } from '@/data/story-query';
import { StoryPage } from '@/story/story-page';
import { SiteChrome } from './site-chrome';
import { StoryLoadError, StoryPlaceholder } from './load-states';

export function App() {
  const query = useStory();
  // Marks the page as live (hydrated): the prerendered HTML looks the same before, so tests and
  // embedding hosts can tell when scrolling starts to drive the graphics.
  useEffect(() => document.documentElement.setAttribute('data-live', ''), []);
  let content;
  if (query.isSuccess) content = <StoryPage story={query.data} />;
  else if (query.isError) content = <StoryLoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else content = <StoryPlaceholder />;
  return <SiteChrome>{content}</SiteChrome>;
}
