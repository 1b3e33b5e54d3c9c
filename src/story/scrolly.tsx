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
      className="relative mx-auto flex max-w-6xl flex-col wide:grid wide:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] wide:gap-10 wide:px-6"
    >
      {/* The steps come first in the document, the graphic after them: the keyboard and screen readers go from
          a step's text to its graphic's controls, as a reader does. On a phone the graphic is drawn above. */}
      <div data-steps className="relative px-4 pb-[calc(var(--story-vh)*30)] wide:px-0">
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
        className="sticky top-0 z-10 order-first h-[calc(var(--story-vh)*50)] border-b border-rule bg-page wide:order-none wide:h-[calc(var(--story-vh)*100)] wide:self-start wide:border-b-0 wide:py-6"
      >
        <islands.panel />
      </div>
    </div>
  );
}
