// The whole story page for readers: header, the scrollytelling part, then sources and data.
import type { Story } from '@/data/validate';
import { StoryHeader } from './story-header';
import { Scrolly } from './scrolly';
import { SourcesSection } from './sources-section';

export function StoryPage({ story }: { story: Story }) {
  return (
    <article lang={story.language}>
      <StoryHeader story={story} />
      <Scrolly story={story} />
      <SourcesSection story={story} />
    </article>
  );
}
