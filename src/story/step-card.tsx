// One step of the story: its text, its quote, and a text alternative for the graphic beside it.
import type { Step } from '@/data/schema';
import type { Story } from '@/data/validate';
import { personById, quoteById } from '@/data/lookup';
import { strings } from '@/lib/strings';

type Props = {
  story: Story;
  step: Step;
  /** Whether this is the current step: it then carries aria-current="step" (see CONTRACT.md). */
  current: boolean;
};

/** A quote from the report, which gives it as reported speech: the text is the report's, word for word. */
function StepQuote({ story, id }: { story: Story; id: string }) {
  const quote = quoteById(story, id);
  const person = personById(story, quote.person);
  const lead = /^[a-z]/.test(quote.text) ? '…' : '';
  return (
    <blockquote className="mt-4 border-l-2 border-accent pl-4">
      <p className="text-lg leading-relaxed">
        “{lead}
        {quote.text}”
      </p>
      <footer className="mt-2 font-sans text-sm text-muted">
        <span className="font-semibold text-ink">{person.name}</span>, {person.role}
      </footer>
    </blockquote>
  );
}

export function StepCard({ story, step, current }: Props) {
  const state = story.graphicStates[step.state];
  return (
    <section
      id={step.id}
      data-step-id={step.id}
      aria-current={current ? 'step' : undefined}
      aria-labelledby={`${step.id}-kicker`}
      className="flex min-h-[calc(var(--story-vh)*85)] scroll-mt-[calc(var(--story-vh)*50)] items-start pt-[calc(var(--story-vh)*4)] wide:scroll-mt-0"
    >
      <div
        className={`chart-motion w-full rounded-md border border-rule bg-panel p-5 shadow-sm sm:p-6 ${current ? 'border-l-4 border-l-accent' : ''}`}
      >
        <h2 id={`${step.id}-kicker`} className="font-sans text-sm font-semibold uppercase tracking-wide text-accent">
          {step.kicker ?? story.meta.kicker}
        </h2>
        {step.paragraphs.map((paragraph) => (
          <p key={paragraph} className="mt-3 text-lg leading-relaxed">
            {paragraph}
          </p>
        ))}
        {step.quote && <StepQuote story={story} id={step.quote} />}
        {state && (
          <p className="sr-only">
            {strings.graphicLabel}: {state.description}
          </p>
        )}
      </div>
    </section>
  );
}
