// The application: the page's story, as a page or as slides.
import { useEffect, type ComponentType } from 'react';
import type { Story } from '#src/data/schema.ts';
import { useEdition } from '#src/edition/edition-context.tsx';
import { StoryPage } from '#src/story/story-page.tsx';
import { SiteChrome } from './site-chrome.tsx';

/**
 * `Present` is the presentation's page (src/present/present-page.tsx), given only in presentation mode:
 * its code is loaded before the app starts there (src/app/start.tsx), and stays out of readers' visits.
 */
export function App({ Present }: { Present?: ComponentType<{ story: Story }> }) {
  const { story } = useEdition();
  // Marks the page as live (hydrated): the prerendered HTML looks the same before, so tests and
  // embedding hosts can tell when scrolling starts to drive the graphics.
  useEffect(() => document.documentElement.setAttribute('data-live', ''), []);
  if (Present) return <Present story={story} />;
  return (
    <SiteChrome brand={story.meta.kicker}>
      <StoryPage story={story} />
    </SiteChrome>
  );
}
