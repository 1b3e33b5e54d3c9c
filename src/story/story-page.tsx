// The whole story page for readers: header, the scrollytelling part, then sources and data.
import type { Story } from '@/data/validate';
import { StoryHeader } from './story-header';
import { Scrolly } from './scrolly';
import { SourcesSection } from './sources-section';
import { PrintNote, PrintSlot } from './print/print-slot';

export function StoryPage({ story }: { story: Story }) {
  return (
    <article lang={story.language}>
      <StoryHeader story={story} />
      <PrintNote />
      <Scrolly story={story} />
      <SourcesSection story={story} />
      {/* Printing adds each step's graphic and the graphics' tables (src/story/print/). */}
      <PrintSlot story={story} />
    </article>
  );
}
