// A step's words on its own page, as the story shows them: its paragraphs, each with its receipt's mark (a
// link to the edition's source page, two folders up), its reported quote ("As reported by Xinhua") and its
// glosses, by the story's own components.
import { paragraphKey } from '#src/data/basis.ts';
import type { StoryStep } from '#src/data/derive-story.ts';
import type { PageStory } from '#src/data/validate.ts';
import { ReceiptMark } from '#src/story/receipts/receipt-mark.tsx';
import { StepGlosses, StepQuote } from '#src/story/step-card.tsx';
import { storyFromStep } from './step-addresses.ts';

export function StepText({ story, step }: { story: PageStory; step: StoryStep }) {
  return (
    <div>
      {step.paragraphs.map((paragraph) => (
        <p key={paragraph.id} className="mt-4 text-lg leading-relaxed first:mt-0">
          <span>{paragraph.text}</span>
          <ReceiptMark bound={paragraphKey(step.id, paragraph.id)} basis={paragraph.basis} root={storyFromStep} />
        </p>
      ))}
      {step.quote && <StepQuote story={story} id={step.quote} />}
      {step.glosses && <StepGlosses glosses={step.glosses} />}
    </div>
  );
}
