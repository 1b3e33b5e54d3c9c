// The application: loads the story and shows it (as a page, or as slides), a placeholder, or an error with a retry.
import { lazy, Suspense, useEffect } from 'react';
import type { PageMode } from './page-mode.ts';
import { useStory } from '#src/data/story-query.ts';
import { StoryPage } from '#src/story/story-page.tsx';
import { SiteChrome } from './site-chrome.tsx';
import { StoryLoadError, StoryPlaceholder } from './load-states.tsx';

// Presentation is for teachers: its code stays out of the readers' first visit.
const PresentPage = lazy(() => import('#src/present/present-page.tsx').then((m) => ({ default: m.PresentPage })));

export function App({ mode }: { mode: PageMode }) {
  const query = useStory();
  // Marks the page as live (hydrated): the prerendered HTML looks the same before, so tests and
  // embedding hosts can tell when scrolling starts to drive the graphics.
  useEffect(() => document.documentElement.setAttribute('data-live', ''), []);
  let content;
  if (query.isSuccess && mode === 'present') {
    return (
      <Suspense fallback={<StoryPlaceholder />}>
        <PresentPage story={query.data} />
      </Suspense>
    );
  }
  if (query.isSuccess) content = <StoryPage story={query.data} />;
  else if (query.isError) content = <StoryLoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else content = <StoryPlaceholder />;
  return <SiteChrome>{content}</SiteChrome>;
}
