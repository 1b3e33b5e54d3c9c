// The whole story page for readers: header, the scrollytelling part, then sources and data.
import type { Story } from '#src/data/validate.ts';
import { StoryHeader } from './story-header.tsx';
import { Scrolly } from './scrolly.tsx';
import { SourcesSection } from './sources-section.tsx';
import { PrintNote, PrintSlot } from '#src/story/print/print-slot.tsx';

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
