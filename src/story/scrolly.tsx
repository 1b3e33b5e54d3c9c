// The scrollytelling layout: the sticky graphic beside (desktop) or above (phone) the passing steps. The
// build's HTML; the scroll engine (src/story/step-engine.ts) follows it, and the graphic panel and the step
// buttons are islands (src/story/islands.tsx).
import type { Story } from '#src/data/validate.ts';
import { StepCard } from './step-card.tsx';
import { islands } from './islands.tsx';

export function Scrolly({ story }: { story: Story }) {
  return (
    <div
      data-scrolly
      className="relative mx-auto grid max-w-6xl grid-cols-1 grid-rows-[calc(var(--story-vh)*50)_auto] wide:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] wide:grid-rows-1 wide:gap-10 wide:px-6"
    >
      {/* The steps come first in the document, the graphic after them: the keyboard and screen readers go from
          a step's text to its graphic's controls, as a reader does. On a phone the graphic is drawn above, in a
          row of its own height that the grid holds before the graphic's HTML has arrived: a first paint of the
          streaming page already puts the steps where they stay. */}
      <div data-steps className="relative col-start-1 row-start-2 px-4 pb-[calc(var(--story-vh)*30)] wide:row-start-1 wide:px-0">
        {story.steps.map((step, i) => (
          <StepCard key={step.id} story={story} step={step} current={i === 0} />
        ))}
        <div data-island="buttons" className="contents">
          <islands.buttons />
        </div>
      </div>
      <div
        data-graphic-panel
        data-island="panel"
        className="sticky top-0 z-10 col-start-1 row-span-2 row-start-1 h-[calc(var(--story-vh)*50)] self-start border-b border-rule bg-page wide:col-start-2 wide:row-span-1 wide:h-[calc(var(--story-vh)*100)] wide:border-b-0 wide:py-6"
      >
        <islands.panel />
      </div>
    </div>
  );
}
