// The application: loads the story and shows it, a placeholder, or an error with a retry.
import { useStory } from '@/data/story-query';
import { StoryPage } from '@/story/story-page';
import { SiteChrome } from './site-chrome';
import { StoryLoadError, StoryPlaceholder } from './load-states';

export function App() {
  const query = useStory();
  let content;
  if (query.isSuccess) content = <StoryPage story={query.data} />;
  else if (query.isError) content = <StoryLoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else content = <StoryPlaceholder />;
  return <SiteChrome>{content}</SiteChrome>;
}
