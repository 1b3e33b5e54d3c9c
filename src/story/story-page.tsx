// The whole story page for readers: header, the scrollytelling part, then sources and data.
import type { Story } from '#src/data/validate.ts';
import { StoryHeader } from './story-header.tsx';
import { Scrolly } from './scrolly.tsx';
import { SourcesSection } from './sources-section.tsx';

export function StoryPage({ story }: { story: Story }) {
  return (
    <article lang={story.language}>
      <StoryHeader story={story} />
      <Scrolly story={story} />
      <SourcesSection story={story} />
      {/* Empty until a reader opens a receipt. */}
      <div data-island="receipts" />
    </article>
  );
}
